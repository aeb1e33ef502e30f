package com.salesos.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.Money;

/**
 * A rep's figures for a period ({@code periodEnd} inclusive). {@code winRate} (accepted over quotes with a
 * customer outcome) and {@code quotaAttainment} (revenue over the period's share of the quota) are percentages,
 * null when there is nothing to divide by.
 */
public record KpiSnapshotView(UUID id, UUID repId, LocalDate periodStart, LocalDate periodEnd, int visits,
        int quotes, int quotesWon, int orders, Money revenue, BigDecimal winRate, BigDecimal quotaAttainment,
        Money commission, Instant computedAt) {
}
