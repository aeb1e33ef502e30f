package com.salesos.integration.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API shows it: everything but the secret. */
record SubscriptionView(UUID id, String url, List<String> eventTypes, String createdBy, Instant createdAt) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.createdBy(), s.createdAt());
    }
}
