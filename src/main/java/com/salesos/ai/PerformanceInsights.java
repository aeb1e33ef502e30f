package com.salesos.ai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.platform.Money;

/**
 * What the AI Sales Manager found about a rep, a team or a territory in a period, each part with its numbers:
 * per rep the KPIs against quota with a forecast, conversion, anomalies, pipeline coverage, risky deals, quotes and
 * leads and the commission analysis; the territory gaps; and the findings worth keeping ({@code recorded} says how
 * many were stored as insights now and how many were known already). {@code narrative} is the optional
 * narrator's wording of {@code summary}, null when it is off or did not answer.
 */
public record PerformanceInsights(Scope scope, LocalDate from, LocalDate to, List<RepPerformance> reps,
        TerritoryGaps territoryGaps, List<Finding> findings, Recorded recorded, String summary, String narrative) {

    /** {@code kind}: REP, TEAM or TERRITORY. */
    public record Scope(String kind, UUID id, String name, List<UUID> repIds) {
    }

    public record RepPerformance(UUID repId, String name, Kpis period, List<Week> weeks, Forecast forecast,
            Conversion conversion, List<Anomaly> anomalies, Coverage pipelineCoverage, List<Risk> risks,
            CommissionAnalysis commission) {
    }

    /** The period's figures; revenue is orders created in the period and not cancelled, in the quota's currency. */
    public record Kpis(int visits, int quotes, int quotesWon, int orders, Money revenue, Money quotaShare,
            BigDecimal attainmentPercent) {
    }

    /** One ISO week (Monday {@code start}); {@code complete} once it is over and inside the period's end. */
    public record Week(LocalDate start, int visits, int quotes, BigDecimal revenue, boolean complete) {
    }

    /**
     * Quota attainment of the quota period that holds the period's end, to date and forecast at its end;
     * {@code quotaPerWeek} is the quota's weekly share, to read the weeks' revenue against.
     */
    public record Forecast(String quotaPeriod, LocalDate periodStart, LocalDate periodEnd, Money quota,
            Money quotaPerWeek, Money revenueToDate, BigDecimal attainmentToDatePercent, Money expectedRest,
            BigDecimal forecastAttainmentPercent, BigDecimal weeklyRevenueTrend, String method) {
    }

    /** Quotes created in the period and deals closed in it; cycle time is created to won, in days. */
    public record Conversion(int quotesDecided, int quotesAccepted, BigDecimal quoteWinRatePercent, int dealsWon,
            int dealsLost, BigDecimal dealWinRatePercent, BigDecimal medianCycleDays) {
    }

    /** {@code direction}: DROP or SPIKE; {@code z} the robust z-score against the rep's own earlier weeks. */
    public record Anomaly(String metric, LocalDate weekStart, double value, double median, double mad, double z,
            int historyWeeks, String direction, String explanation) {
    }

    public record Coverage(Money openDeals, Money weightedDeals, Money openQuotes, Money remainingQuota,
            BigDecimal coverage, BigDecimal weightedCoverage, String explanation) {
    }

    /** {@code subjectType}: deal, quote or lead; {@code score} 0 to 1, the sum of the reasons' weights. */
    public record Risk(String subjectType, UUID id, String name, UUID accountId, Money amount, BigDecimal score,
            List<String> reasons) {
    }

    public record CommissionAnalysis(int commissions, Money base, Money amount, BigDecimal effectiveRatePercent,
            List<Driver> drivers, Money acceleratorUplift, List<Outlier> outliers, NextAccelerator nextAccelerator,
            String explanation) {
    }

    /** A rule of the commission decision and what it paid in the period. */
    public record Driver(String rule, int commissions, Money base, Money amount, BigDecimal sharePercent) {
    }

    public record Outlier(UUID commissionId, UUID orderId, BigDecimal ratePercent, BigDecimal z, String reason) {
    }

    /**
     * What the next accelerator band of the {@code commission-rates} decision would take: the attainment where it
     * starts and the revenue still needed in the quota period; null fields when the rep is in the top band.
     */
    public record NextAccelerator(BigDecimal attainmentPercent, BigDecimal currentAccelerator,
            BigDecimal nextThresholdPercent, BigDecimal nextAccelerator, Money revenueNeeded, String explanation) {
    }

    /** {@code outsideAccounts}: how many accounts in the area lie in no territory; {@code outside}: the first of them. */
    public record TerritoryGaps(List<TerritoryLoad> territories, int overdueAccounts, List<OverdueAccount> mostOverdue,
            int outsideAccounts, List<OutsideAccount> outside) {
    }

    /** An account near the territories that none holds, with the territory of the nearest account that one holds. */
    public record OutsideAccount(UUID accountId, String name, String postalCode, String city, UUID nearestTerritoryId,
            String nearestTerritoryCode, BigDecimal kmFromNearestCoveredAccount) {
    }

    /** {@code status}: UNCOVERED, OVERLOADED, UNDERLOADED or BALANCED. */
    public record TerritoryLoad(UUID territoryId, String code, String name, int accounts, int reps,
            BigDecimal visitsNeededPerWeek, BigDecimal visitCapacityPerWeek, BigDecimal loadPercent, String status,
            String explanation) {
    }

    /** An account past its visit cadence (from the {@code visit-cadence} decision); never visited: no last visit. */
    public record OverdueAccount(UUID accountId, String name, UUID territoryId, int cadenceDays, String cadenceRule,
            LocalDate lastVisit, Integer daysSinceVisit, int daysOverdue) {
    }

    /** A finding worth keeping, as it is stored as an insight. */
    public record Finding(String type, String subjectType, String subjectId, UUID repId, BigDecimal score,
            String explanation, Map<String, Object> evidence) {
    }

    public record Recorded(int stored, int alreadyKnown) {
    }
}
