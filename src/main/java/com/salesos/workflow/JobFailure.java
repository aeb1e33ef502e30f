package com.salesos.workflow;

import java.time.Duration;

/**
 * Thrown by a worker when a job should be tried again later (a system down): the engine waits the back-off,
 * decrements the retries, and raises an incident when none are left. Other exceptions count as a failure with
 * the engine's default back-off.
 */
public class JobFailure extends RuntimeException {

    private final Duration backoff;

    public JobFailure(String message, Duration backoff) {
        super(message);
        this.backoff = backoff;
    }

    public JobFailure(String message, Throwable cause) {
        super(message, cause);
        this.backoff = null;
    }

    /** The wait before the next try, or null for the engine's default. */
    public Duration backoff() {
        return backoff;
    }
}
