package com.salesos.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A rep logged a visit; published in the logging transaction. {@code nextStep} and {@code followUpOn} may be null. */
public record VisitLogged(UUID visitId, UUID repId, UUID accountId, UUID routeStopId, VisitOutcome outcome,
        Instant startedAt, String nextStep, LocalDate followUpOn) {
}
