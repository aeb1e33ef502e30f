package com.salesos.ai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.GeoPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A day to optimise: a rep and a date, or an existing route plan (its stops, order and visited stops), the stops
 * (for a plan: replace its stops when given), working hours and lunch (local times in the rep's zone; defaults from
 * {@code salesos.ai.*}), the search time, whether to write the result to the route plan, and for a day already
 * under way where the rep is now.
 */
public record RouteOptimizationRequest(UUID repId, LocalDate date, UUID routePlanId,
        @Size(max = 60) List<@Valid @NotNull Stop> stops, @Valid Hours workingHours, @Valid Lunch lunch,
        @Min(1) @Max(60) Integer timeLimitSeconds, Boolean apply, @Valid UnderWay underWay) {

    /** An account to visit; {@code timeWindow} is when the visit may start (default: from its opening hours). */
    public record Stop(@NotNull UUID accountId, @Min(1) @Max(720) Integer visitMinutes, @Valid Hours timeWindow,
            @Min(1) @Max(10) Integer priority, Boolean mandatory) {
    }

    public record Hours(@NotNull LocalTime from, @NotNull LocalTime to) {
    }

    /** A break of {@code minutes} taken wholly between from and to; {@code minutes: 0} means no lunch. */
    public record Lunch(@NotNull LocalTime from, @NotNull LocalTime to, @NotNull @Min(0) @Max(180) Integer minutes) {
    }

    /**
     * The day so far: the rep is at {@code position} at {@code at}; visited accounts are fixed, cancelled ones left
     * out; {@code currentAccountId} is a visit under way that ends at {@code currentEndsAt} (later when it overran).
     */
    public record UnderWay(@NotNull @Valid GeoPoint position, @NotNull Instant at, List<UUID> visitedAccountIds,
            List<UUID> cancelledAccountIds, UUID currentAccountId, Instant currentEndsAt, Boolean hadLunch) {
    }

    boolean applies() {
        return Boolean.TRUE.equals(apply);
    }
}
