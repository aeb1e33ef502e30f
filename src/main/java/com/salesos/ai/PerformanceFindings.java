package com.salesos.ai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.salesos.ai.PerformanceInsights.Anomaly;
import com.salesos.ai.PerformanceInsights.Finding;
import com.salesos.ai.PerformanceInsights.OutsideAccount;
import com.salesos.ai.PerformanceInsights.OverdueAccount;
import com.salesos.ai.PerformanceInsights.RepPerformance;
import com.salesos.ai.PerformanceInsights.Risk;
import com.salesos.ai.PerformanceInsights.Scope;
import com.salesos.ai.PerformanceInsights.TerritoryGaps;
import com.salesos.ai.PerformanceInsights.TerritoryLoad;

/**
 * Which parts of an analysis are worth keeping as insights, and the plain summary. Kept: every anomaly; a quota
 * forecast under {@value #FORECAST_SHORT} %; weighted pipeline coverage under 1; deals, quotes and leads with a risk
 * score from {@value #RISK_KEPT}; commission outliers; a next accelerator within {@value #ACCELERATOR_NEAR} % of quota;
 * the {@value #OVERDUE_KEPT} most overdue accounts per territory; uncovered, overloaded and underloaded territories.
 */
final class PerformanceFindings {

    static final int FORECAST_SHORT = 80;
    static final double RISK_KEPT = 0.5;
    static final int ACCELERATOR_NEAR = 10;
    static final int OVERDUE_KEPT = 5;

    private PerformanceFindings() {
    }

    static List<Finding> of(List<RepPerformance> reps, TerritoryGapFinder.Result territories) {
        List<Finding> found = new ArrayList<>();
        for (RepPerformance rep : reps) {
            for (Anomaly a : rep.anomalies()) {
                found.add(new Finding("kpi-anomaly", "rep", rep.repId() + "/" + a.metric() + "/" + a.weekStart(),
                        rep.repId(), PerformanceAnalyst.score(0.5 + (Math.abs(a.z()) - RobustZScore.THRESHOLD)
                                / (2 * RobustZScore.THRESHOLD)), rep.name() + ": " + a.direction().toLowerCase()
                                        + " of " + a.explanation(),
                        evidence("metric", a.metric(), "weekStart", a.weekStart(), "value", a.value(), "median",
                                a.median(), "mad", a.mad(), "z", a.z(), "historyWeeks", a.historyWeeks(), "direction",
                                a.direction())));
            }
            var f = rep.forecast();
            if (f != null && f.forecastAttainmentPercent() != null
                    && f.forecastAttainmentPercent().compareTo(BigDecimal.valueOf(FORECAST_SHORT)) < 0) {
                found.add(new Finding("quota-forecast-short", "rep", rep.repId() + "/" + f.quotaPeriod(), rep.repId(),
                        PerformanceAnalyst.score(0.3 + (FORECAST_SHORT - f.forecastAttainmentPercent().doubleValue()) / 100),
                        rep.name() + " is forecast to reach " + f.forecastAttainmentPercent() + " % of the "
                                + f.quotaPeriod() + " quota (" + f.attainmentToDatePercent() + " % to date): " + f.method(),
                        evidence("quotaPeriod", f.quotaPeriod(), "quota", f.quota(), "revenueToDate", f.revenueToDate(),
                                "expectedRest", f.expectedRest(), "forecastAttainmentPercent",
                                f.forecastAttainmentPercent())));
            }
            var c = rep.pipelineCoverage();
            if (f != null && c.weightedCoverage() != null && c.weightedCoverage().compareTo(BigDecimal.ONE) < 0) {
                found.add(new Finding("pipeline-coverage-low", "rep", rep.repId() + "/" + f.quotaPeriod(), rep.repId(),
                        PerformanceAnalyst.score(1.3 - c.weightedCoverage().doubleValue()),
                        rep.name() + "'s pipeline does not cover the quota left: " + c.explanation(),
                        evidence("openDeals", c.openDeals(), "weightedDeals", c.weightedDeals(), "openQuotes",
                                c.openQuotes(), "remainingQuota", c.remainingQuota(), "coverage", c.coverage(),
                                "weightedCoverage", c.weightedCoverage())));
            }
            for (Risk r : rep.risks()) {
                if (r.score().doubleValue() >= RISK_KEPT) {
                    found.add(new Finding(r.subjectType() + "-at-risk", r.subjectType(), r.id().toString(), rep.repId(),
                            r.score(), r.subjectType() + " " + r.name() + " of " + rep.name() + " is at risk: "
                                    + String.join("; ", r.reasons()),
                            evidence("name", r.name(), "accountId", r.accountId(), "amount", r.amount(), "reasons",
                                    r.reasons())));
                }
            }
            var commission = rep.commission();
            for (var o : commission.outliers()) {
                found.add(new Finding("commission-outlier", "commission", o.commissionId().toString(), rep.repId(),
                        PerformanceAnalyst.score(0.6), rep.name() + ": commission on order " + o.orderId() + " stands out: "
                                + o.reason(), evidence("orderId", o.orderId(), "ratePercent", o.ratePercent(), "z", o.z())));
            }
            var next = commission.nextAccelerator();
            if (f != null && next != null && next.revenueNeeded() != null && next.revenueNeeded().amount()
                    .multiply(BigDecimal.valueOf(100)).compareTo(f.quota().amount().multiply(
                            BigDecimal.valueOf(ACCELERATOR_NEAR))) <= 0) {
                found.add(new Finding("accelerator-within-reach", "rep", rep.repId() + "/" + f.quotaPeriod(),
                        rep.repId(), PerformanceAnalyst.score(0.5), rep.name() + ": " + next.explanation(),
                        evidence("attainmentPercent", next.attainmentPercent(), "nextThresholdPercent",
                                next.nextThresholdPercent(), "nextAccelerator", next.nextAccelerator(), "revenueNeeded",
                                next.revenueNeeded())));
            }
        }
        Map<UUID, Integer> keptPerTerritory = new HashMap<>();
        for (OverdueAccount o : territories.overdue()) {
            if (keptPerTerritory.merge(o.territoryId(), 1, Integer::sum) > OVERDUE_KEPT) {
                continue;
            }
            found.add(new Finding("account-overdue", "account", o.accountId().toString(),
                    territories.primaryRep().get(o.territoryId()),
                    PerformanceAnalyst.score(0.4 + 0.1 * o.daysOverdue() / Math.max(1, o.cadenceDays())),
                    o.name() + (o.lastVisit() == null ? " has no visit on record" : " was last visited on "
                            + o.lastVisit() + ", " + o.daysSinceVisit() + " days ago") + ", while its cadence ("
                            + o.cadenceRule() + ") is every " + o.cadenceDays() + " days",
                    evidence("territoryId", o.territoryId(), "cadenceDays", o.cadenceDays(), "cadenceRule",
                            o.cadenceRule(), "lastVisit", o.lastVisit(), "daysSinceVisit", o.daysSinceVisit(),
                            "daysOverdue", o.daysOverdue())));
        }
        for (OutsideAccount o : territories.gaps().outside()) {
            found.add(new Finding("account-outside-territories", "account", o.accountId().toString(),
                    territories.primaryRep().get(o.nearestTerritoryId()), PerformanceAnalyst.score(0.55),
                    o.name() + " lies in no territory (no boundary holds it"
                            + (o.postalCode() == null ? "" : " and no territory lists postal code " + o.postalCode())
                            + "), so no rep is asked to visit it; the nearest account a territory holds is "
                            + o.kmFromNearestCoveredAccount().toPlainString() + " km away in " + o.nearestTerritoryCode(),
                    evidence("postalCode", o.postalCode(), "city", o.city(), "nearestTerritoryId",
                            o.nearestTerritoryId(), "kmFromNearestCoveredAccount", o.kmFromNearestCoveredAccount())));
        }
        for (TerritoryLoad t : territories.gaps().territories()) {
            double score = switch (t.status()) {
                case "UNCOVERED" -> 0.9;
                case "OVERLOADED" -> 0.6;
                case "UNDERLOADED" -> 0.5;
                default -> 0;
            };
            if (score > 0) {
                found.add(new Finding("territory-" + t.status().toLowerCase(), "territory", t.territoryId().toString(),
                        territories.primaryRep().get(t.territoryId()), PerformanceAnalyst.score(score),
                        t.code() + " " + t.name() + ": " + t.explanation(),
                        evidence("accounts", t.accounts(), "reps", t.reps(), "visitsNeededPerWeek",
                                t.visitsNeededPerWeek(), "visitCapacityPerWeek", t.visitCapacityPerWeek(),
                                "loadPercent", t.loadPercent())));
            }
        }
        found.sort(java.util.Comparator.comparing(Finding::score).reversed().thenComparing(Finding::type));
        return found;
    }

    static String summary(Scope scope, LocalDate from, LocalDate to, List<RepPerformance> reps, TerritoryGaps gaps,
            List<Finding> findings) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s, %s to %s", scope.name(), from, to));
        if (reps.size() == 1) {
            RepPerformance rep = reps.get(0);
            text.append(": revenue ").append(rep.period().revenue().amount().toPlainString()).append(' ')
                    .append(rep.period().revenue().currency());
            if (rep.period().attainmentPercent() != null) {
                text.append(" (").append(rep.period().attainmentPercent()).append(" % of the period's quota)");
            }
            if (rep.forecast() != null) {
                text.append(", forecast ").append(rep.forecast().forecastAttainmentPercent()).append(" % of the ")
                        .append(rep.forecast().quotaPeriod()).append(" quota");
            }
        } else {
            text.append(": ").append(reps.size()).append(" reps");
        }
        long anomalies = reps.stream().mapToLong(r -> r.anomalies().size()).sum();
        long risks = reps.stream().mapToLong(r -> r.risks().size()).sum();
        text.append(String.format(Locale.ROOT, "; %d anomal%s, %d risky deals, quotes or leads, %d accounts over their"
                + " visit cadence", anomalies, anomalies == 1 ? "y" : "ies", risks, gaps.overdueAccounts()));
        if (gaps.outsideAccounts() > 0) {
            text.append(String.format(Locale.ROOT, ", %d account%s nearby in no territory", gaps.outsideAccounts(),
                    gaps.outsideAccounts() == 1 ? "" : "s"));
        }
        gaps.territories().stream().filter(t -> !t.status().equals("BALANCED"))
                .forEach(t -> text.append(", ").append(t.code()).append(' ').append(t.status().toLowerCase()));
        reps.stream().flatMap(r -> r.anomalies().stream().map(a -> r.name() + " " + a.metric() + " "
                + a.direction().toLowerCase() + " in the week of " + a.weekStart())).limit(3)
                .forEach(a -> text.append("; ").append(a));
        text.append(". ").append(findings.size()).append(" finding(s) worth keeping");
        return text.toString();
    }

    /** A map that keeps null values out (Map.of refuses them) and the keys in order. */
    private static Map<String, Object> evidence(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
