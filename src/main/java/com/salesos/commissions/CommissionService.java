package com.salesos.commissions;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.salesos.activity.ActivityLog;
import com.salesos.orders.OrderService;
import com.salesos.orders.OrderStatus;
import com.salesos.orders.OrderView;
import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.Money;
import com.salesos.platform.NotFoundException;
import com.salesos.security.AccessPolicy;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records commissions on paid orders (idempotent by order and decision) and answers statements with totals. */
@Service
public class CommissionService {

    private final SalesCommissions commissions;
    private final CommissionTotals totals;
    private final OrderService orders;
    private final AccessPolicy access;
    private final ActivityLog activity;
    private final Clock clock;

    CommissionService(SalesCommissions commissions, CommissionTotals totals, OrderService orders, AccessPolicy access,
            ActivityLog activity, Clock clock) {
        this.commissions = commissions;
        this.totals = totals;
        this.orders = orders;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * Records the rep's commission on a paid order: the order's net total as base, the period of the payment. The
     * same order and decision again answers the commission recorded first, whatever the decision says now.
     *
     * @throws NotFoundException when the order is unknown
     * @throws ConflictException when the order is not PAID
     * @throws InvalidFieldException naming {@code rate}, {@code accelerator} or {@code decisionId} when invalid
     */
    @Transactional
    public CommissionView record(UUID orderId, CommissionDecision decision) {
        OrderView order = orders.find(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
        if (decision.decisionId() == null || decision.decisionId().isBlank()) {
            throw new InvalidFieldException("decisionId", "is required");
        }
        Optional<SalesCommission> existing = commissions.findByOrderIdAndDecisionId(orderId, decision.decisionId());
        if (existing.isPresent()) {
            return existing.get().toView();
        }
        if (order.status() != OrderStatus.PAID) {
            throw new ConflictException("Order " + order.number() + " is " + order.status() + "; commissions are paid on PAID orders");
        }
        if (decision.rate() == null || decision.rate().signum() < 0 || decision.rate().compareTo(java.math.BigDecimal.ONE) > 0) {
            throw new InvalidFieldException("rate", "must be a fraction between 0 and 1");
        }
        if (decision.accelerator() == null || decision.accelerator().signum() < 0) {
            throw new InvalidFieldException("accelerator", "must be 0 or more");
        }
        String period = YearMonth.from(order.paidAt().atZone(ZoneOffset.UTC)).toString();
        SalesCommission commission = commissions.save(new SalesCommission(order.repId(), orderId, order.total(), period,
                decision, now()));
        CommissionView view = commission.toView();
        activity.record("commission.recorded", "commission", view.id(), view.repId(), Map.of("orderId", orderId,
                "amount", view.amount().amount(), "currency", view.amount().currency(), "rules", view.rules()));
        return view;
    }

    /** The commissions recorded for an order, oldest first; no visibility check. */
    @Transactional(readOnly = true)
    public List<CommissionView> forOrder(UUID orderId) {
        return commissions.findByOrderIdOrderByCreatedAt(orderId).stream().map(SalesCommission::toView).toList();
    }

    /**
     * Commissions the caller may see, of one rep or all, in periods {@code from} to {@code to} (inclusive, either
     * may be null), newest period first, with totals.
     *
     * @throws InvalidFieldException naming {@code to} when before {@code from}
     */
    @Transactional(readOnly = true)
    public CommissionStatement statement(UUID repId, YearMonth from, YearMonth to, PageRequest page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (repId != null) {
            access.checkRep(repId);
        }
        Specification<SalesCommission> filter = matching(access.visibleRepIds().orElse(null), repId, from, to);
        Page<SalesCommission> found = commissions.findAll(filter, page.withSort(
                Sort.by(Sort.Direction.DESC, "period", "createdAt").and(Sort.by("id"))));
        CommissionTotals.Sums sums = totals.of(filter);
        return new CommissionStatement(found.getContent().stream().map(SalesCommission::toView).toList(),
                found.getNumber(), found.getSize(), found.getTotalElements(), sums.totals(), sums.periods());
    }

    /** The rep's commission in {@code currency} for the periods from {@code from} to {@code to}; for KPIs. */
    @Transactional(readOnly = true)
    public Money totalFor(UUID repId, String currency, YearMonth from, YearMonth to) {
        return totals.of(matching(null, repId, from, to)).totals().stream().filter(t -> t.currency().equals(currency))
                .map(CommissionStatement.Total::amount).findFirst().orElse(Money.zero(currency));
    }

    private static Specification<SalesCommission> matching(Set<UUID> visible, UUID repId, YearMonth from,
            YearMonth to) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visible != null) {
                where.add(visible.isEmpty() ? cb.disjunction() : root.get("repId").in(visible));
            }
            if (repId != null) {
                where.add(cb.equal(root.get("repId"), repId));
            }
            // YYYY-MM sorts as text in time order
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("period"), from.toString()));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("period"), to.toString()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Now, to the microsecond PostgreSQL keeps, so a value read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
