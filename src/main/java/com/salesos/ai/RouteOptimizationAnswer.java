package com.salesos.ai;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The optimised day: stops in visiting order (times UTC; {@code wait} in minutes before the window opens), stops
 * left out with the reason, totals, the improvement over the rep's current order and how the search went;
 * {@code routePlanId} is the plan written when {@code applied}, else the plan read (may be null); {@code visited}
 * are the accounts already visited that day (fixed, not planned again).
 */
public record RouteOptimizationAnswer(UUID repId, LocalDate date, String timeZone, UUID routePlanId, boolean applied,
        List<UUID> visited, List<PlannedStop> stops, List<LeftOut> leftOut, Totals totals, Improvement improvement, Search search) {

    public record PlannedStop(int sequence, UUID accountId, String accountName, Instant arrival, Instant start,
            Instant departure, @JsonProperty("wait") long waitMinutes, BigDecimal distanceKm, long travelMinutes) {
    }

    /** Reasons: CANNOT_FIT_TIME_WINDOW, OVER_WORKING_DAY, NO_ROOM_LEFT, OVER_CAPACITY, CLOSED_THAT_DAY, CANCELLED. */
    public record LeftOut(UUID accountId, String accountName, String reason, String explanation) {
    }

    public record Totals(Instant startsAt, Instant endsAt, Instant lunchStart, BigDecimal distanceKm,
            long travelMinutes, long waitMinutes, long visitMinutes, int stopCount) {
    }

    /** The rep's current order timed the same way; what the optimised order saves. */
    public record Improvement(BigDecimal currentDistanceKm, long currentTravelMinutes, int currentLateVisits,
            BigDecimal distanceSavedKm, long travelMinutesSaved, BigDecimal distanceSavedPercent, String summary) {
    }

    public record Search(long iterations, long elapsedMillis, boolean cancelled) {
    }
}
