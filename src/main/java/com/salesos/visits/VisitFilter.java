package com.salesos.visits;

import java.time.Instant;
import java.util.UUID;

/** Which visits to list: of a rep and/or account (null = any), started in [from, to). */
public record VisitFilter(UUID repId, UUID accountId, Instant from, Instant to) {
}
