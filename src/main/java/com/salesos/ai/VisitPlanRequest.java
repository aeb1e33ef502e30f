package com.salesos.ai;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The working days to propose visits for: from {@code from} (default tomorrow) {@code days} working days (default
 * 5), at most {@code visitsPerDay} accounts a day (default 5), each day routed for {@code timeLimitSeconds} (default 1).
 */
public record VisitPlanRequest(@NotNull UUID repId, LocalDate from, @Min(1) @Max(10) Integer days,
        @Min(1) @Max(12) Integer visitsPerDay, @Min(1) @Max(10) Integer timeLimitSeconds) {
}
