package com.salesos.pipeline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Deals extends ListCrudRepository<Deal, UUID>, JpaSpecificationExecutor<Deal> {

    /** [stage, currency, count, sum] of the open deals and of those closed in [from, to). */
    @Query("""
            select d.stage, d.currency, count(d), sum(d.amount) from Deal d
            where (:allReps = true or d.repId in :repIds)
              and (d.closedAt is null or (d.closedAt >= :from and d.closedAt < :to))
            group by d.stage, d.currency""")
    List<Object[]> sumByStage(boolean allReps, Collection<UUID> repIds, Instant from, Instant to);
}
