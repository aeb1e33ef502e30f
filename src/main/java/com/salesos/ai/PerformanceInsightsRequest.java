package com.salesos.ai;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Performance insights for exactly one of a rep, a manager's team ({@code teamOf}, the manager's rep id) or a
 * territory, over {@code from} to {@code to} (UTC days, inclusive; default: the four weeks before this one and
 * this week so far).
 */
public record PerformanceInsightsRequest(UUID repId, UUID teamOf, UUID territoryId, LocalDate from, LocalDate to) {
}
