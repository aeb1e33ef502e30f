package com.salesos.pipeline;

import java.time.Instant;
import java.util.UUID;

/** A lead as API callers and other features see it. */
public record LeadView(UUID id, LeadSource source, String externalId, String contactName, String email, String phone,
        String company, int score, LeadStatus status, UUID assignedRepId, UUID territoryId, String disqualifyReason,
        Instant createdAt, Instant updatedAt) {
}
