package com.salesos.commissions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.salesos.platform.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Sums commissions per period and currency in the database, over everything a filter matches. */
@Component
class CommissionTotals {

    record Sums(List<CommissionStatement.Total> totals, List<CommissionStatement.PeriodTotal> periods) {
    }

    private final EntityManager em;

    CommissionTotals(EntityManager em) {
        this.em = em;
    }

    Sums of(Specification<SalesCommission> filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<SalesCommission> root = query.from(SalesCommission.class);
        query.multiselect(root.get("period"), root.get("currency"), cb.count(root),
                cb.sum(root.<BigDecimal>get("baseAmount")), cb.sum(root.<BigDecimal>get("amount")))
                .where(filter.toPredicate(root, query, cb))
                .groupBy(root.get("period"), root.get("currency"))
                .orderBy(cb.asc(root.get("period")), cb.asc(root.get("currency")));
        List<CommissionStatement.PeriodTotal> periods = new ArrayList<>();
        Map<String, CommissionStatement.Total> byCurrency = new TreeMap<>();
        for (Tuple row : em.createQuery(query).getResultList()) {
            String currency = row.get(1, String.class);
            int count = row.get(2, Long.class).intValue();
            Money base = new Money(row.get(3, BigDecimal.class), currency);
            Money amount = new Money(row.get(4, BigDecimal.class), currency);
            periods.add(new CommissionStatement.PeriodTotal(row.get(0, String.class), currency, count, amount));
            byCurrency.merge(currency, new CommissionStatement.Total(currency, count, base, amount),
                    (a, b) -> new CommissionStatement.Total(currency, a.count() + b.count(),
                            a.baseAmount().plus(b.baseAmount()), a.amount().plus(b.amount())));
        }
        return new Sums(List.copyOf(byCurrency.values()), periods);
    }
}
