package com.salesos.integration.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A new webhook subscription.
 *
 * @param eventTypes the event types to receive, from {@link com.salesos.integration.EventTypes#ALL}
 * @param secret the key the receiver verifies signatures with; kept encrypted, never shown again
 */
record SubscriptionRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes,
        @NotBlank @Size(min = 16, max = 256) String secret) {
}
