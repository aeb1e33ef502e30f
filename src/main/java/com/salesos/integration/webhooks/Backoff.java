package com.salesos.integration.webhooks;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with "equal jitter": the n-th retry waits between half and all of
 * {@code initial * 2^(n-1)}, capped at {@code max}, so receivers that fail together do not retry together.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait before the attempt that follows failed attempt number {@code attempts} (1 for the first). */
    Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << doublings);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
    }
}
