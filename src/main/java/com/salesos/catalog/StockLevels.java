package com.salesos.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StockLevels extends JpaRepository<StockLevel, UUID> {

    List<StockLevel> findByProductIdOrderByLocation(UUID productId);

    /** Locks the product's stock rows: reservations and releases of one product run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StockLevel s where s.productId = :productId order by s.location")
    List<StockLevel> lockByProduct(UUID productId);
}
