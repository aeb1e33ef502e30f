package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import com.salesos.ai.PerformanceInsights.Anomaly;
import com.salesos.ai.PerformanceInsights.Conversion;
import com.salesos.ai.PerformanceInsights.Coverage;
import com.salesos.ai.PerformanceInsights.Forecast;
import com.salesos.ai.PerformanceInsights.Kpis;
import com.salesos.ai.PerformanceInsights.RepPerformance;
import com.salesos.ai.PerformanceInsights.Week;
import com.salesos.orders.OrderStatus;
import com.salesos.orders.OrderView;
import com.salesos.pipeline.DealStage;
import com.salesos.pipeline.DealView;
import com.salesos.platform.Money;
import com.salesos.quotes.QuoteCounts;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteStatus;
import com.salesos.quotes.QuoteView;
import com.salesos.reps.RepView;
import com.salesos.visits.VisitView;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One rep's figures for a period against their quota and their own history: weekly visits, quotes and revenue
 * over {@value #HISTORY_WEEKS} weeks, the quota forecast, conversion, anomalies, pipeline coverage, and (through
 * {@link RiskAssessment} and {@link CommissionAnalyst}) risky deals and the commission analysis.
 */
@Component
class RepPerformanceAnalysis {

    static final int HISTORY_WEEKS = 26;
    /** The forecast fits its trend to this many recent complete weeks. */
    static final int TREND_WEEKS = 12;
    /**
     * Counts this small (two quotes instead of one) are noise however unusual: a weekly count must also move by at
     * least this much to be an anomaly.
     */
    static final int MIN_COUNT_CHANGE = 3;
    /** Used for weighting open quotes when the rep has no decided quotes yet. */
    static final BigDecimal DEFAULT_QUOTE_WIN_RATE = new BigDecimal("0.5");

    private final FieldHistory history;
    private final QuoteService quotes;
    private final RiskAssessment risks;
    private final CommissionAnalyst commissions;
    private final String defaultCurrency;

    RepPerformanceAnalysis(FieldHistory history, QuoteService quotes, RiskAssessment risks,
            CommissionAnalyst commissions, @Value("${salesos.default-currency:EUR}") String defaultCurrency) {
        this.history = history;
        this.quotes = quotes;
        this.risks = risks;
        this.commissions = commissions;
        this.defaultCurrency = defaultCurrency;
    }

    /** The rep's records, read once for every part of the analysis. */
    record Records(List<VisitView> visits, List<QuoteView> quotes, List<OrderView> orders, List<DealView> deals) {
    }

    RepPerformance analyse(RepView rep, LocalDate from, LocalDate to, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String currency = rep.quota() == null ? defaultCurrency : rep.quota().currency();
        LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(HISTORY_WEEKS);
        Instant since = start(firstWeek);
        Records records = new Records(history.visits(rep.id(), null, since, start(to.plusDays(1))),
                history.quotes(rep.id(), null, since), history.orders(rep.id(), since),
                history.deals(rep.id(), d -> true));

        List<Week> weeks = weeks(records, firstWeek, to, now, currency);
        Kpis kpis = kpis(rep, records, from, to, currency);
        Forecast forecast = forecast(rep, records, weeks, to, currency);
        Conversion conversion = conversion(rep, records, from, to);
        List<Anomaly> anomalies = anomalies(weeks, from);
        Coverage coverage = coverage(rep, records, forecast, today, currency);
        return new RepPerformance(rep.id(), rep.displayName(), kpis, weeks, forecast, conversion, anomalies, coverage,
                risks.of(rep, records, today, currency), commissions.analyse(rep, from, to, forecast, currency));
    }

    private static List<Week> weeks(Records r, LocalDate firstWeek, LocalDate to, Instant now, String currency) {
        List<Week> weeks = new ArrayList<>();
        for (LocalDate start = firstWeek; !start.isAfter(to); start = start.plusWeeks(1)) {
            Instant a = start(start);
            Instant b = start(start.plusWeeks(1));
            int visits = (int) r.visits().stream().filter(v -> within(v.startedAt(), a, b)).count();
            int quotes = (int) r.quotes().stream().filter(q -> within(q.createdAt(), a, b)).count();
            BigDecimal revenue = revenue(r.orders(), a, b, currency);
            boolean complete = !start.plusDays(6).isAfter(to) && !b.isAfter(now);
            weeks.add(new Week(start, visits, quotes, revenue, complete));
        }
        // weeks before the rep's first record are not history, just absence
        int first = 0;
        while (first < weeks.size() && weeks.get(first).visits() == 0 && weeks.get(first).quotes() == 0
                && weeks.get(first).revenue().signum() == 0) {
            first++;
        }
        return weeks.subList(first, weeks.size());
    }

    private Kpis kpis(RepView rep, Records r, LocalDate from, LocalDate to, String currency) {
        Instant a = start(from);
        Instant b = start(to.plusDays(1));
        QuoteCounts counts = quotes.countsFor(rep.id(), a, b);
        int orders = (int) r.orders().stream().filter(o -> counts(o, a, b, currency)).count();
        Money revenue = new Money(revenue(r.orders(), a, b, currency), currency);
        Money share = rep.quota() == null ? null : new Money(QuotaPeriods.share(rep.quota(), from, to), currency);
        return new Kpis((int) r.visits().stream().filter(v -> within(v.startedAt(), a, b)).count(), counts.created(),
                counts.accepted(), orders, revenue, share, share == null ? null : percent(revenue.amount(), share.amount()));
    }

    /**
     * Revenue to date of the quota period plus the rest of it at the trend of the last weekly revenues: a least-squares
     * line through up to {@value #TREND_WEEKS} complete weeks, read at the middle of the weeks left (never below
     * zero, never above twice the best week seen).
     */
    private static Forecast forecast(RepView rep, Records r, List<Week> weeks, LocalDate to, String currency) {
        if (rep.quota() == null || rep.quota().amount().signum() == 0) {
            return null;
        }
        QuotaPeriods period = QuotaPeriods.holding(rep.quota(), to);
        Money quota = new Money(rep.quota().amount(), currency);
        BigDecimal toDate = revenue(r.orders(), start(period.start()), start(to.plusDays(1)), currency);
        List<Week> recent = weeks.stream().filter(Week::complete).toList();
        recent = recent.subList(Math.max(0, recent.size() - TREND_WEEKS), recent.size());
        double weeksLeft = ChronoUnit.DAYS.between(to, period.end()) / 7.0;
        SimpleRegression line = new SimpleRegression();
        for (int i = 0; i < recent.size(); i++) {
            line.addData(i, recent.get(i).revenue().doubleValue());
        }
        double best = recent.stream().mapToDouble(w -> w.revenue().doubleValue()).max().orElse(0);
        double weekly;
        String how;
        if (recent.size() >= 3) {
            weekly = Math.max(0, Math.min(2 * best, line.predict(recent.size() - 1 + weeksLeft / 2 + 0.5)));
            how = String.format(Locale.ROOT, "least-squares trend of %d weekly revenues (slope %.2f per week, R² %.2f)"
                    + " read at the middle of the %.1f weeks left", recent.size(), line.getSlope(), line.getRSquare(),
                    weeksLeft);
        } else {
            weekly = recent.stream().mapToDouble(w -> w.revenue().doubleValue()).average().orElse(0);
            how = "mean of the " + recent.size() + " complete weeks on record (too few for a trend)";
        }
        BigDecimal rest = BigDecimal.valueOf(weekly * weeksLeft).setScale(2, RoundingMode.HALF_UP);
        Money perWeek = new Money(quota.amount().multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(period.days()),
                2, RoundingMode.HALF_UP), currency);
        return new Forecast(period.name(), period.start(), period.end(), quota, perWeek, new Money(toDate, currency),
                percent(toDate, quota.amount()), new Money(rest, currency), percent(toDate.add(rest), quota.amount()),
                recent.size() >= 3 ? BigDecimal.valueOf(line.getSlope()).setScale(2, RoundingMode.HALF_UP) : null,
                "revenue to date " + toDate.toPlainString() + " + " + rest.toPlainString() + " expected from the "
                        + how);
    }

    private static Conversion conversion(RepView rep, Records r, LocalDate from, LocalDate to) {
        Instant a = start(from);
        Instant b = start(to.plusDays(1));
        List<QuoteView> created = r.quotes().stream().filter(q -> within(q.createdAt(), a, b)).toList();
        int accepted = (int) created.stream().filter(q -> q.status() == QuoteStatus.ACCEPTED).count();
        int decided = accepted + (int) created.stream()
                .filter(q -> q.status() == QuoteStatus.REJECTED || q.status() == QuoteStatus.EXPIRED).count();
        List<DealView> closed = r.deals().stream()
                .filter(d -> d.stage().isClosed() && d.closedAt() != null && within(d.closedAt(), a, b)).toList();
        List<DealView> won = closed.stream().filter(d -> d.stage() == DealStage.WON).toList();
        double[] cycles = won.stream().mapToDouble(d -> Math.max(0,
                ChronoUnit.HOURS.between(d.createdAt(), d.closedAt()) / 24.0)).toArray();
        return new Conversion(decided, accepted, decided == 0 ? null : percent(accepted, decided), won.size(),
                closed.size() - won.size(), closed.isEmpty() ? null : percent(won.size(), closed.size()),
                cycles.length == 0 ? null : BigDecimal.valueOf(new Median().evaluate(cycles)).setScale(1,
                        RoundingMode.HALF_UP));
    }

    /** Every complete week that touches the period, scored against the rep's weeks before it. */
    private static List<Anomaly> anomalies(List<Week> weeks, LocalDate from) {
        List<Anomaly> found = new ArrayList<>();
        LocalDate firstTested = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            if (!week.complete() || week.start().isBefore(firstTested)) {
                continue;
            }
            List<Week> before = weeks.subList(0, i);
            test("visits", week, before, Week::visits, MIN_COUNT_CHANGE, found);
            test("quotes", week, before, Week::quotes, MIN_COUNT_CHANGE, found);
            test("revenue", week, before, w -> w.revenue().doubleValue(), 0, found);
        }
        return found;
    }

    private static void test(String metric, Week week, List<Week> before, ToDoubleFunction<Week> figure,
            double minChange, List<Anomaly> found) {
        double value = figure.applyAsDouble(week);
        RobustZScore.score(value, before.stream().mapToDouble(figure).toArray()).filter(RobustZScore.Score::anomalous)
                .filter(s -> Math.abs(value - s.median()) >= minChange)
                .ifPresent(s -> {
                    String direction = s.z() < 0 ? "DROP" : "SPIKE";
                    found.add(new Anomaly(metric, week.start(), value, s.median(), s.mad(), round(s.z()),
                            s.history(), direction, String.format(Locale.ROOT,
                                    "%s in the week of %s: %s against a median of %s over the %d weeks before "
                                            + "(MAD %s%s); robust z = %.1f, beyond ±%.1f",
                                    metric, week.start(), fmt(value), fmt(s.median()), s.history(), fmt(s.mad()),
                                    s.meanDeviationFallback() ? ", so the mean absolute deviation stands in" : "",
                                    s.z(), RobustZScore.THRESHOLD)));
                });
    }

    private static Coverage coverage(RepView rep, Records r, Forecast forecast, LocalDate today, String currency) {
        List<DealView> open = r.deals().stream().filter(d -> !d.stage().isClosed()
                && d.amount().currency().equals(currency)).toList();
        BigDecimal deals = open.stream().map(d -> d.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = open.stream().map(d -> d.amount().amount().multiply(BigDecimal.valueOf(d.probability()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal quotes = r.quotes().stream().filter(q -> q.currency().equals(currency) && (q.status() == QuoteStatus.SENT
                || q.status() == QuoteStatus.APPROVED || q.status() == QuoteStatus.PENDING_APPROVAL)
                && (q.validUntil() == null || !q.validUntil().isBefore(today)))
                .map(q -> q.total().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long accepted = r.quotes().stream().filter(q -> q.status() == QuoteStatus.ACCEPTED).count();
        long decided = accepted + r.quotes().stream()
                .filter(q -> q.status() == QuoteStatus.REJECTED || q.status() == QuoteStatus.EXPIRED).count();
        BigDecimal winRate = decided == 0 ? DEFAULT_QUOTE_WIN_RATE
                : BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
        BigDecimal weightedQuotes = quotes.multiply(winRate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal remaining = forecast == null ? null
                : forecast.quota().amount().subtract(forecast.revenueToDate().amount()).max(BigDecimal.ZERO);
        boolean measurable = remaining != null && remaining.signum() > 0;
        BigDecimal coverage = measurable ? deals.add(quotes).divide(remaining, 2, RoundingMode.HALF_UP) : null;
        BigDecimal weightedCoverage = measurable ? weighted.add(weightedQuotes).divide(remaining, 2, RoundingMode.HALF_UP)
                : null;
        String explanation = !measurable ? (remaining == null ? "no quota to cover" : "quota already reached")
                : String.format(Locale.ROOT, "open deals %s (%s weighted by their probabilities) + open quotes %s (%s "
                        + "at the rep's quote win rate of %s%%) against %s of quota left in %s: %sx, weighted %sx",
                        deals.toPlainString(), weighted.toPlainString(), quotes.toPlainString(),
                        weightedQuotes.toPlainString(), winRate.movePointRight(2).stripTrailingZeros().toPlainString(),
                        remaining.toPlainString(), forecast.quotaPeriod(), coverage.toPlainString(),
                        weightedCoverage.toPlainString());
        return new Coverage(new Money(deals, currency), new Money(weighted, currency), new Money(quotes, currency),
                remaining == null ? null : new Money(remaining, currency), coverage, weightedCoverage, explanation);
    }

    static BigDecimal revenue(List<OrderView> orders, Instant from, Instant to, String currency) {
        return orders.stream().filter(o -> counts(o, from, to, currency)).map(o -> o.total().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean counts(OrderView o, Instant from, Instant to, String currency) {
        return o.status() != OrderStatus.CANCELLED && o.currency().equals(currency) && within(o.createdAt(), from, to);
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
