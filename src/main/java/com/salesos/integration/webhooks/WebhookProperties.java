package com.salesos.integration.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code salesos.webhooks}.
 *
 * @param allowPrivateTargets accept loopback, private and link-local targets (on with the embedded database only)
 * @param dispatcherEnabled run the background dispatcher; tests switch it off and deliver on demand
 * @param secretKey base64 AES key (16, 24 or 32 bytes) that encrypts subscription secrets; when blank a key is
 *     generated once into the data folder, which suits one node only
 * @param eventSource the CloudEvents {@code source} of every event
 */
@ConfigurationProperties("salesos.webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("true") boolean dispatcherEnabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("50") int batchSize,
        @DefaultValue("") String secretKey,
        @DefaultValue("/sales-os") String eventSource) {
}
