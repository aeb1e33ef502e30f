package com.salesos.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10), new Random(42));

    @Test
    void waitsBetweenHalfAndAllOfTheDoubledDelay() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            long ceiling = 10_000L << (attempt - 1);
            for (int i = 0; i < 50; i++) {
                assertThat(backoff.after(attempt).toMillis()).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        for (int attempt = 1; attempt <= 60; attempt++) {
            assertThat(backoff.after(attempt)).isLessThanOrEqualTo(Duration.ofMinutes(10));
        }
        assertThat(backoff.after(40)).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void spreadsRetriesThatFailedTogether() {
        Set<Duration> waits = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            waits.add(backoff.after(3));
        }
        assertThat(waits).hasSizeGreaterThan(10);
    }
}
