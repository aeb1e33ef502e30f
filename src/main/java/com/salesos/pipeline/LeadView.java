package com.salesos.pipeline;

import java.time.Instant;
import java.util.UUID;

import com.salesos.platform.GeoPoint;

/**
 * A lead as API callers and other features see it. The intake fills in {@code duplicateOfLeadId} or
 * {@code duplicateOfAccountId} for a lead it closed as a duplicate, {@code accountId} and {@code dealId} for a
 * converted lead, and {@code processInstanceKey} for a lead a CRM sent (its lead intake process).
 */
public record LeadView(UUID id, LeadSource source, String externalId, String contactName, String email, String phone,
        String company, int score, LeadStatus status, UUID assignedRepId, UUID territoryId, String disqualifyReason,
        Instant createdAt, Instant updatedAt, Place place, UUID duplicateOfLeadId, UUID duplicateOfAccountId,
        UUID accountId, UUID dealId, Long processInstanceKey) {

    /** A lead without a place or intake facts (recorded by hand). */
    public LeadView(UUID id, LeadSource source, String externalId, String contactName, String email, String phone,
            String company, int score, LeadStatus status, UUID assignedRepId, UUID territoryId,
            String disqualifyReason, Instant createdAt, Instant updatedAt) {
        this(id, source, externalId, contactName, email, phone, company, score, status, assignedRepId, territoryId,
                disqualifyReason, createdAt, updatedAt, null, null, null, null, null, null);
    }

    /** Where the lead is; every part may be null. */
    public record Place(String postalCode, String city, String country, GeoPoint location) {
    }
}
