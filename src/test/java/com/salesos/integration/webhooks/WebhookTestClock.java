package com.salesos.integration.webhooks;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application clock with one the tests move by hand; imported alike so test classes share a context. */
@TestConfiguration(proxyBeanMethods = false)
class WebhookTestClock {

    @Bean
    @Primary
    MutableClock webhookTestClock() {
        return new MutableClock(Instant.parse("2031-03-01T08:00:00Z"));
    }
}
