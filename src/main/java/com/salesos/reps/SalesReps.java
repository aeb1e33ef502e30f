package com.salesos.reps;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SalesReps extends JpaRepository<SalesRep, UUID>, JpaSpecificationExecutor<SalesRep> {

    boolean existsByEmailIgnoreCase(String email);

    /** Every rep below the manager, however deep the reporting line goes. */
    @Query(value = """
            with recursive team(id) as (
                select id from sales_rep where manager_id = :managerId
                union
                select r.id from sales_rep r join team t on r.manager_id = t.id
            )
            select id from team""", nativeQuery = true)
    Set<UUID> teamOf(UUID managerId);

    List<SalesRep> findByIdIn(List<UUID> ids);
}
