package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.salesos.ai.PerformanceInsights.CommissionAnalysis;
import com.salesos.ai.PerformanceInsights.Driver;
import com.salesos.ai.PerformanceInsights.Forecast;
import com.salesos.ai.PerformanceInsights.NextAccelerator;
import com.salesos.ai.PerformanceInsights.Outlier;
import com.salesos.commissions.CommissionView;
import com.salesos.platform.Money;
import com.salesos.reps.RepView;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A rep's commissions of the period's months: the effective rate (commission over base), the rules of the
 * {@code commission-rates} decision that paid it, what the accelerator added, commissions whose rate is an outlier
 * among the rep's own (robust z-score, or nothing paid at all), and what the next accelerator band would take.
 * The bands are read from the decision itself (sales ops own it): it is evaluated at rising quota attainment until
 * the accelerator rises, assuming, as any accelerator table does, that it never falls as attainment grows.
 */
@Component
class CommissionAnalyst {

    private static final Logger log = LoggerFactory.getLogger(CommissionAnalyst.class);
    static final String DECISION = "commission-rates";
    /** Attainment beyond which no band is looked for, in percent. */
    private static final int HIGHEST_BAND = 1000;

    private final FieldHistory history;
    private final Workflow workflow;

    CommissionAnalyst(FieldHistory history, Workflow workflow) {
        this.history = history;
        this.workflow = workflow;
    }

    CommissionAnalysis analyse(RepView rep, LocalDate from, LocalDate to, Forecast forecast, String currency) {
        List<CommissionView> all = history.commissions(rep.id(), YearMonth.from(from), YearMonth.from(to)).stream()
                .filter(c -> c.amount().currency().equals(currency)).toList();
        BigDecimal base = sum(all, c -> c.baseAmount().amount());
        BigDecimal amount = sum(all, c -> c.amount().amount());
        BigDecimal rate = base.signum() == 0 ? null : amount.multiply(BigDecimal.valueOf(100)).divide(base, 2,
                RoundingMode.HALF_UP);
        Map<String, List<CommissionView>> byRule = new LinkedHashMap<>();
        all.forEach(c -> (c.rules() == null || c.rules().isEmpty() ? List.of("(no rule)") : c.rules())
                .forEach(r -> byRule.computeIfAbsent(r, k -> new ArrayList<>()).add(c)));
        List<Driver> drivers = byRule.entrySet().stream().map(e -> {
            BigDecimal paid = sum(e.getValue(), c -> c.amount().amount());
            return new Driver(e.getKey(), e.getValue().size(), new Money(sum(e.getValue(), c -> c.baseAmount().amount()),
                    currency), new Money(paid, currency), RepPerformanceAnalysis.percent(paid, amount));
        }).sorted(java.util.Comparator.comparing((Driver d) -> d.amount().amount()).reversed()).toList();
        BigDecimal uplift = sum(all.stream().filter(c -> c.accelerator() != null && c.accelerator().signum() > 0).toList(),
                c -> c.amount().amount().subtract(c.amount().amount().divide(c.accelerator(), 2, RoundingMode.HALF_UP)));
        List<Outlier> outliers = outliers(all);
        NextAccelerator next = forecast == null ? null : next(rep, forecast, currency);
        String explanation = all.isEmpty() ? "no commission recorded in " + YearMonth.from(from) + " to " + YearMonth.from(to)
                : String.format(Locale.ROOT, "%d commissions paid %s %s on %s %s of orders, an effective rate of %s %%"
                        + "%s; the accelerator added %s", all.size(), amount.toPlainString(), currency,
                        base.toPlainString(), currency, rate, drivers.isEmpty() ? ""
                                : ", mostly by rule " + drivers.get(0).rule() + " (" + drivers.get(0).sharePercent() + " %)",
                        uplift.toPlainString());
        return new CommissionAnalysis(all.size(), new Money(base, currency), new Money(amount, currency), rate, drivers,
                new Money(uplift, currency), outliers, next, explanation);
    }

    private static List<Outlier> outliers(List<CommissionView> all) {
        List<Outlier> found = new ArrayList<>();
        double[] rates = all.stream().mapToDouble(CommissionAnalyst::rate).toArray();
        for (int i = 0; i < all.size(); i++) {
            CommissionView c = all.get(i);
            double r = rates[i];
            if (c.baseAmount().amount().signum() > 0 && c.amount().amount().signum() == 0) {
                found.add(new Outlier(c.id(), c.orderId(), BigDecimal.ZERO.setScale(2), null,
                        "nothing paid on " + c.baseAmount().amount().toPlainString() + " by rule(s) " + c.rules()));
                continue;
            }
            double[] others = new double[rates.length - 1];
            for (int j = 0, k = 0; j < rates.length; j++) {
                if (j != i) others[k++] = rates[j];
            }
            int index = i;
            RobustZScore.score(r, others).filter(RobustZScore.Score::anomalous).ifPresent(s -> found.add(new Outlier(
                    c.id(), all.get(index).orderId(), BigDecimal.valueOf(r).setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(s.z()).setScale(1, RoundingMode.HALF_UP), String.format(Locale.ROOT,
                            "rate %.2f %% against a median of %.2f %% over the rep's other %d commissions (robust z %.1f;"
                                    + " rules %s)", r, s.median(), s.history(), s.z(), c.rules()))));
        }
        return found;
    }

    /** @return null when the decision cannot be evaluated (not deployed, or its inputs changed) */
    private NextAccelerator next(RepView rep, Forecast forecast, String currency) {
        BigDecimal attainment = forecast.attainmentToDatePercent();
        try {
            Map<Integer, BigDecimal> cache = new HashMap<>();
            BigDecimal current = accelerator(rep, attainment.doubleValue());
            int low = attainment.setScale(0, RoundingMode.FLOOR).intValue() + 1;
            if (low > HIGHEST_BAND || accelerator(rep, cache, HIGHEST_BAND).compareTo(current) <= 0) {
                return new NextAccelerator(attainment, current, null, null, null, "at " + attainment
                        + " % of quota the rep is in the top accelerator band (x" + current.stripTrailingZeros().toPlainString() + ")");
            }
            int high = HIGHEST_BAND;
            while (low < high) {
                int mid = (low + high) / 2;
                if (accelerator(rep, cache, mid).compareTo(current) > 0) high = mid; else low = mid + 1;
            }
            BigDecimal nextAccelerator = accelerator(rep, cache, low);
            BigDecimal needed = forecast.quota().amount().multiply(BigDecimal.valueOf(low)).divide(BigDecimal.valueOf(100),
                    2, RoundingMode.HALF_UP).subtract(forecast.revenueToDate().amount()).max(BigDecimal.ZERO);
            return new NextAccelerator(attainment, current, BigDecimal.valueOf(low), nextAccelerator,
                    new Money(needed, currency), String.format(Locale.ROOT,
                            "at %s %% of the %s quota the accelerator is x%s; from %d %% the %s decision gives x%s, "
                                    + "which takes %s %s more revenue by %s",
                            attainment, forecast.quotaPeriod(), current.stripTrailingZeros().toPlainString(), low,
                            DECISION, nextAccelerator.stripTrailingZeros().toPlainString(), needed.toPlainString(),
                            currency, forecast.periodEnd()));
        } catch (RuntimeException e) {
            log.debug("commission decision not evaluable for the next accelerator", e);
            return null;
        }
    }

    private BigDecimal accelerator(RepView rep, Map<Integer, BigDecimal> cache, int attainment) {
        return cache.computeIfAbsent(attainment, a -> accelerator(rep, a));
    }

    private BigDecimal accelerator(RepView rep, double attainment) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("repRole", rep.role().name());
        inputs.put("productCategory", null);
        inputs.put("marginPercent", 30);
        inputs.put("newCustomer", false);
        inputs.put("quotaAttainmentPercent", attainment);
        DecisionResult result = workflow.evaluateDecision(DECISION, inputs);
        Object value = result.value() instanceof Map<?, ?> map ? map.get("accelerator") : null;
        return Optional.ofNullable(value).map(v -> new BigDecimal(v.toString())).orElseThrow(
                () -> new IllegalStateException(DECISION + " gave no accelerator"));
    }

    private static double rate(CommissionView c) {
        return c.baseAmount().amount().signum() == 0 ? 0
                : c.amount().amount().multiply(BigDecimal.valueOf(100)).divide(c.baseAmount().amount(), 6,
                        RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal sum(List<CommissionView> items, java.util.function.Function<CommissionView, BigDecimal> f) {
        return items.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
