package com.salesos.pipeline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Leads extends ListCrudRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

    boolean existsBySourceAndExternalId(LeadSource source, String externalId);

    /** [status, count] of the leads created in [from, to), for the reps or for all when {@code allReps}. */
    @Query("""
            select l.status, count(l) from Lead l
            where (:allReps = true or l.assignedRepId in :repIds) and l.createdAt >= :from and l.createdAt < :to
            group by l.status""")
    List<Object[]> countByStatus(boolean allReps, Collection<UUID> repIds, Instant from, Instant to);
}
