package com.salesos.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A logged visit with its notes, as API callers and other features see it. */
public record VisitView(UUID id, UUID repId, UUID accountId, UUID routeStopId, Instant startedAt, Instant endedAt,
        VisitOutcome outcome, String nextStep, LocalDate followUpOn, List<Note> notes, Instant createdAt) {

    public record Note(UUID id, NoteKind kind, String text, String author, Instant writtenAt) {
    }
}
