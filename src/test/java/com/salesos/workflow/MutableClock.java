package com.salesos.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/** A clock tests move forward by hand, so timers fire without anyone sleeping. */
public class MutableClock extends Clock {

    private volatile Instant now;
    private volatile Consumer<Instant> onAdvance = t -> { };

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
        onAdvance.accept(now);
    }

    /** Also moves another clock (a Camunda cluster's) whenever this one moves. */
    public void onAdvance(Consumer<Instant> listener) {
        this.onAdvance = listener;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
