package com.salesos.reps;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TerritoryAssignments extends JpaRepository<SalesRepTerritoryAssignment, UUID> {

    List<SalesRepTerritoryAssignment> findByRepIdInOrderByValidFrom(Collection<UUID> repIds);

    List<SalesRepTerritoryAssignment> findByTerritoryIdAndPrimaryTrue(UUID territoryId);

    /** The assignments that cover the territory on {@code day}. */
    @Query("""
            select a from SalesRepTerritoryAssignment a
            where a.territoryId = :territoryId and a.validFrom <= :day and (a.validTo is null or a.validTo >= :day)
            order by a.primary desc, a.validFrom""")
    List<SalesRepTerritoryAssignment> coveringOn(UUID territoryId, LocalDate day);
}
