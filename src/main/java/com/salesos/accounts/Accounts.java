package com.salesos.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, UUID>, JpaSpecificationExecutor<Account> {

    @Query("""
            select a from Account a
            where (:email <> '' and lower(a.email) = lower(:email)) or (:phone <> '' and a.phone = :phone)
            order by a.createdAt""")
    List<Account> findByContact(String email, String phone);

    /** Where each account that has a place or postal code lies, and its territory now. */
    @Query("""
            select new com.salesos.accounts.Accounts$Placement(a.id, a.lat, a.lon, a.postalCode, a.territoryId)
            from Account a where a.lat is not null or a.postalCode is not null order by a.id""")
    List<Placement> placements();

    record Placement(UUID id, Double lat, Double lon, String postalCode, UUID territoryId) {
    }
}
