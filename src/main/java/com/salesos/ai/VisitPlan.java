package com.salesos.ai;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Proposed visits for a rep's next working days: per day the routed day and why each account is on it; accounts
 * due in the period that found no room. Accept a day with {@code POST /api/v1/sales-reps/ai/visit-plan/accept}.
 */
public record VisitPlan(UUID repId, List<Day> days, List<Reason> noRoom) {

    public record Day(LocalDate date, List<Reason> why, RouteOptimizationAnswer route) {
    }

    /** Why an account is due: cadence from the visit-cadence decision (rule), last visit, open follow-up. */
    public record Reason(UUID accountId, String accountName, LocalDate due, int cadenceDays, String rule,
            Integer daysSinceLastVisit, String explanation) {
    }
}
