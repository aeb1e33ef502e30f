package com.salesos.integration.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A receiver of events: where to send which event types. The secret is the stored ciphertext; it never leaves the
 * service in clear except as the signature key.
 */
record Subscription(UUID id, String url, List<String> eventTypes, String sealedSecret, String createdBy,
        Instant createdAt) {
}
