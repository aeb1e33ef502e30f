package com.salesos.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A visit to log. {@code routeStopId} ties it to a stop of the rep's route plan (optional); {@code endedAt},
 * {@code nextStep}, {@code followUpOn} and {@code notes} are optional.
 */
public record NewVisit(@NotNull UUID repId, @NotNull UUID accountId, UUID routeStopId, @NotNull Instant startedAt,
        Instant endedAt, @NotNull VisitOutcome outcome, @Size(max = 500) String nextStep, LocalDate followUpOn,
        @Size(max = 50) List<@Valid @NotNull Note> notes) {

    /** @param kind GENERAL when null */
    public record Note(@NotBlank @Size(max = 4000) String text, NoteKind kind) {
    }
}
