package com.salesos.visits;

import java.time.Instant;
import java.util.UUID;

/** Which visits to list: of a rep and/or account (null = any), started in [from, to) (a null bound is open). */
public record VisitFilter(UUID repId, UUID accountId, Instant from, Instant to) {

    public VisitFilter {
        from = from == null ? Instant.EPOCH : from;
        to = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
    }
}
