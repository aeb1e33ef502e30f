package com.salesos.reps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.salesos.platform.SearchText;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/** The rep list filters as a JPA query. */
final class RepSpecifications {

    private RepSpecifications() {
    }

    static Specification<SalesRep> matching(RepFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (SearchText.isGiven(filter.q())) {
                String like = SearchText.containsPattern(filter.q());
                where.add(cb.or(cb.like(cb.lower(root.get("firstName")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("lastName")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("email")), like, SearchText.ESCAPE)));
            }
            if (filter.territoryId() != null) {
                Subquery<java.util.UUID> covering = query.subquery(java.util.UUID.class);
                Root<SalesRepTerritoryAssignment> a = covering.from(SalesRepTerritoryAssignment.class);
                covering.select(a.get("repId")).where(cb.equal(a.get("territoryId"), filter.territoryId()),
                        cb.lessThanOrEqualTo(a.get("validFrom"), today),
                        cb.or(cb.isNull(a.get("validTo")), cb.greaterThanOrEqualTo(a.get("validTo"), today)));
                where.add(root.get("id").in(covering));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
