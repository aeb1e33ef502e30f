package com.salesos.reps;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SalesTerritories extends JpaRepository<SalesTerritory, UUID> {

    boolean existsByCode(String code);

    java.util.Optional<SalesTerritory> findByCode(String code);

    List<SalesTerritory> findAllByOrderByCode();

    @Query("select t from SalesTerritory t where t.boundary is not null order by t.code")
    List<SalesTerritory> findAllWithBoundary();

    @Query("select t from SalesTerritory t join t.postalCodes p where p = :postalCode order by t.code")
    List<SalesTerritory> findByPostalCode(String postalCode);
}
