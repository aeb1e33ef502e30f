package com.salesos.routing;

import java.time.Duration;
import java.time.Instant;

/** A break of the given length taken wholly between {@code from} and {@code to}, wherever the rep is. */
public record LunchBreak(Instant from, Instant to, Duration duration) {

    public LunchBreak {
        if (from == null || to == null || duration == null) throw new IllegalArgumentException("lunch needs from, to and duration");
        if (duration.isNegative() || from.plus(duration).isAfter(to)) {
            throw new IllegalArgumentException("the lunch break does not fit between from and to");
        }
    }

    /** The latest moment the break can start. */
    public Instant latestStart() {
        return to.minus(duration);
    }
}
