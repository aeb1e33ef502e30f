package com.salesos.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.salesos.platform.SearchText;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The list queries of leads and deals: visibility, rep, status or stage, free text. */
final class PipelineSpecifications {

    private PipelineSpecifications() {
    }

    /**
     * @param visible the reps the caller sees, null for all
     * @param withUnassigned whether leads without a rep are visible too (managers)
     */
    static Specification<Lead> leads(PipelineFilter<LeadStatus> filter, Set<UUID> visible, boolean withUnassigned) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visible != null) {
                Predicate own = visible.isEmpty() ? cb.disjunction() : root.get("assignedRepId").in(visible);
                where.add(withUnassigned ? cb.or(own, cb.isNull(root.get("assignedRepId"))) : own);
            }
            if (filter.repId() != null) {
                where.add(cb.equal(root.get("assignedRepId"), filter.repId()));
            }
            if (filter.state() != null) {
                where.add(cb.equal(root.get("status"), filter.state()));
            }
            if (SearchText.isGiven(filter.q())) {
                String like = SearchText.containsPattern(filter.q());
                where.add(cb.or(cb.like(cb.lower(root.get("contactName")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("company")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("email")), like, SearchText.ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<Deal> deals(PipelineFilter<DealStage> filter, Set<UUID> visible) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visible != null) {
                where.add(visible.isEmpty() ? cb.disjunction() : root.get("repId").in(visible));
            }
            if (filter.repId() != null) {
                where.add(cb.equal(root.get("repId"), filter.repId()));
            }
            if (filter.state() != null) {
                where.add(cb.equal(root.get("stage"), filter.state()));
            }
            if (SearchText.isGiven(filter.q())) {
                where.add(cb.like(cb.lower(root.get("name")), SearchText.containsPattern(filter.q()), SearchText.ESCAPE));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
