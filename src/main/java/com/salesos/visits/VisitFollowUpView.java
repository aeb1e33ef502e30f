package com.salesos.visits;

import java.time.Instant;
import java.util.UUID;

/** A visit's follow-up: its {@code visit-follow-up} process instance and the draft quote it opened (or null). */
public record VisitFollowUpView(UUID visitId, Long processInstanceKey, UUID quoteId, Instant startedAt) {
}
