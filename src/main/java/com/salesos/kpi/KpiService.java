package com.salesos.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.salesos.activity.ActivityLog;
import com.salesos.commissions.CommissionService;
import com.salesos.orders.OrderFigures;
import com.salesos.orders.OrderService;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.Money;
import com.salesos.quotes.QuoteCounts;
import com.salesos.quotes.QuoteService;
import com.salesos.reps.Quota;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a rep's KPI snapshot for a period of UTC days from the features' public services and keeps it, one per
 * rep and period (computing again overwrites). Visits are the {@value #VISIT_LOGGED} entries of the activity log,
 * which the visits feature writes for every visit; revenue is the net total of orders created in the period and
 * not cancelled, in the currency of the rep's quota.
 */
@Service
public class KpiService {

    static final String VISIT_LOGGED = "visit.logged";

    private final SalesRepKpiSnapshots snapshots;
    private final RepService reps;
    private final QuoteService quotes;
    private final OrderService orders;
    private final CommissionService commissions;
    private final ActivityLog activity;
    private final Clock clock;
    private final String defaultCurrency;

    KpiService(SalesRepKpiSnapshots snapshots, RepService reps, QuoteService quotes, OrderService orders,
            CommissionService commissions, ActivityLog activity, Clock clock,
            @Value("${salesos.default-currency:EUR}") String defaultCurrency) {
        this.snapshots = snapshots;
        this.reps = reps;
        this.quotes = quotes;
        this.orders = orders;
        this.commissions = commissions;
        this.activity = activity;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * @param end inclusive
     * @throws com.salesos.platform.NotFoundException when the rep is unknown
     * @throws InvalidFieldException naming {@code end} when before {@code start}
     */
    @Transactional
    public KpiSnapshotView snapshot(UUID repId, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new InvalidFieldException("end", "must not be before start");
        }
        RepView rep = reps.get(repId);
        String currency = rep.quota() == null ? defaultCurrency : rep.quota().currency();
        Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        QuoteCounts quoteCounts = quotes.countsFor(repId, from, to);
        OrderFigures figures = orders.figuresFor(repId, currency, from, to);
        Money commission = commissions.totalFor(repId, currency, YearMonth.from(start), YearMonth.from(end));
        int visits = (int) activity.count(VISIT_LOGGED, repId, from, to);

        SalesRepKpiSnapshot snapshot = snapshots.findByRepIdAndPeriodStartAndPeriodEnd(repId, start, end)
                .orElseGet(() -> new SalesRepKpiSnapshot(repId, start, end));
        snapshot.update(visits, quoteCounts.created(), quoteCounts.accepted(), figures.orders(), figures.revenue(),
                quoteCounts.winRatePercent(), attainment(figures.revenue(), rep.quota(), start, end),
                commission, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return snapshots.save(snapshot).toView();
    }

    /** The rep's snapshots of periods within [from, to], oldest first. */
    @Transactional(readOnly = true)
    public List<KpiSnapshotView> snapshots(UUID repId, LocalDate from, LocalDate to) {
        return snapshots.findByRepIdAndPeriodStartGreaterThanEqualAndPeriodEndLessThanEqualOrderByPeriodStart(repId,
                from, to).stream().map(SalesRepKpiSnapshot::toView).toList();
    }

    /** Revenue over the quota's share of the period (by calendar months, a partial month pro rata), in percent. */
    static BigDecimal attainment(Money revenue, Quota quota, LocalDate start, LocalDate end) {
        if (quota == null || quota.amount().signum() == 0 || !quota.currency().equals(revenue.currency())) {
            return null;
        }
        LocalDate endExclusive = end.plusDays(1);
        long whole = ChronoUnit.MONTHS.between(start, endExclusive);
        LocalDate rest = start.plusMonths(whole);
        BigDecimal months = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(ChronoUnit.DAYS.between(rest, endExclusive))
                .divide(BigDecimal.valueOf(rest.lengthOfMonth()), 6, RoundingMode.HALF_UP));
        int perQuota = switch (quota.period()) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
        BigDecimal share = quota.amount().multiply(months).divide(BigDecimal.valueOf(perQuota), 6, RoundingMode.HALF_UP);
        return revenue.amount().multiply(BigDecimal.valueOf(100)).divide(share, 2, RoundingMode.HALF_UP);
    }
}
