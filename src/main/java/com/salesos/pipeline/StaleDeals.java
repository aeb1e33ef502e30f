package com.salesos.pipeline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds open deals nobody has worked on for a while, for the stale-deal sweep. No visibility check: a system call. */
@Service
public class StaleDeals {

    private final Deals deals;

    StaleDeals(Deals deals) {
        this.deals = deals;
    }

    /** Open deals whose last activity is before {@code cutoff}, the longest-idle first. */
    @Transactional(readOnly = true)
    public List<DealView> inactiveSince(Instant cutoff) {
        Specification<Deal> stale = (root, query, cb) -> cb.and(
                root.get("stage").in(DealStage.PROSPECTING, DealStage.QUALIFICATION, DealStage.PROPOSAL,
                        DealStage.NEGOTIATION),
                cb.lessThan(root.get("lastActivityAt"), cutoff));
        return deals.findAll(stale, Sort.by("lastActivityAt", "id")).stream().map(Deal::toView).toList();
    }
}
