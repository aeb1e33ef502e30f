package com.salesos.routes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A route plan as API callers and other features see it; times are UTC instants, windows local to {@code timeZone}. */
public record RoutePlanView(UUID id, UUID repId, LocalDate date, RoutePlanStatus status, String timeZone,
        Instant startsAt, Instant endsAt, Totals totals, List<Stop> stops, Instant createdAt) {

    /** The day's figures; distance and travel include the drive home. */
    public record Totals(BigDecimal distanceKm, int travelMinutes, int visitMinutes, int waitMinutes, int stopCount) {
    }

    /** Local times from (inclusive) to (exclusive) in which the visit should start. */
    public record TimeWindow(LocalTime from, LocalTime to) {
    }

    /**
     * A stop in visiting order: {@code plannedArrival} is when the visit starts (after any wait for the window),
     * {@code distanceKm}/{@code travelMinutes} are from the previous place, {@code late} says the visit cannot start
     * inside its window.
     */
    public record Stop(UUID id, int sequence, UUID accountId, String accountName, Instant plannedArrival,
            Instant plannedDeparture, TimeWindow timeWindow, int visitMinutes, int priority, BigDecimal distanceKm,
            int travelMinutes, int waitMinutes, boolean late, RouteStopStatus status) {
    }
}
