package com.salesos.ai;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Advice for a rep's next visit at an account, on or after {@code from} (default: today). */
public record VisitAdviceRequest(@NotNull UUID repId, @NotNull UUID accountId, LocalDate from) {
}
