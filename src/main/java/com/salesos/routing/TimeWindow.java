package com.salesos.routing;

import java.time.Instant;

/** When a visit may start: not before {@code from}, not after {@code to} (the Solomon convention). */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from == null || to == null) throw new IllegalArgumentException("a time window needs from and to");
        if (to.isBefore(from)) throw new IllegalArgumentException("a time window must not end before it starts");
    }
}
