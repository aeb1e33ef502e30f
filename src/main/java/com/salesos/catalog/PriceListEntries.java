package com.salesos.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriceListEntries extends JpaRepository<PriceListEntry, UUID> {

    List<PriceListEntry> findByProductIdAndCurrencyAndListName(UUID productId, String currency, String listName);

    @Query("""
            select e from PriceListEntry e
            where e.productId in :productIds and e.validFrom <= :day and (e.validTo is null or e.validTo >= :day)
            order by e.listName, e.currency""")
    List<PriceListEntry> validOn(Collection<UUID> productIds, LocalDate day);
}
