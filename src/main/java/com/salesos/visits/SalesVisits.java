package com.salesos.visits;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SalesVisits extends ListCrudRepository<SalesVisit, UUID> {

    boolean existsByRouteStopId(UUID routeStopId);

    @Query("""
            select v from SalesVisit v
            where (:allReps = true or v.repId in :repIds) and (:repId is null or v.repId = :repId)
              and (:accountId is null or v.accountId = :accountId) and v.startedAt >= :from and v.startedAt < :to""")
    Page<SalesVisit> find(boolean allReps, Collection<UUID> repIds, UUID repId, UUID accountId, Instant from,
            Instant to, Pageable page);
}
