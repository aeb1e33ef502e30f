package com.salesos.inbound;

import java.time.Instant;
import java.util.UUID;

import com.salesos.platform.Money;

/**
 * A competitor observation as visit advice, insights and API callers see it. {@code sku}, {@code category},
 * {@code price}, {@code note} and one of {@code accountId}/{@code territoryId} may be null; an observation at an
 * account carries the account's territory too.
 */
public record CompetitorObservationView(UUID id, String competitor, String sku, String category, Money price,
        String note, Instant observedAt, String source, UUID accountId, UUID territoryId, Instant receivedAt) {
}
