package com.salesos.routes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A day to plan: the rep, the date and the stops in the order the rep wants to visit them. */
public record NewRoutePlan(@NotNull UUID repId, @NotNull LocalDate date,
        @NotEmpty @Size(max = 40) List<@Valid @NotNull NewStop> stops) {

    /**
     * @param visitMinutes {@value RouteService#DEFAULT_VISIT_MINUTES} when null
     * @param timeWindow local times in the rep's zone in which the visit should start; none when null
     * @param priority 1 (highest) to 10 (lowest); {@value RouteService#DEFAULT_PRIORITY} when null
     */
    public record NewStop(@NotNull UUID accountId, @Min(1) @Max(720) Integer visitMinutes, @Valid TimeWindow timeWindow,
            @Min(1) @Max(10) Integer priority) {
    }

    public record TimeWindow(@NotNull LocalTime from, @NotNull LocalTime to) {
    }
}
