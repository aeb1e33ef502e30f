package com.salesos.reps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.GeoPoint;

/** A sales rep as other features and API callers see it, with the territories they cover. */
public record RepView(UUID id, String firstName, String lastName, String email, String phone, RepRole role,
        UUID managerId, RepStatus status, GeoPoint homeBase, String timeZone, Quota quota,
        List<TerritoryAssignment> territories, Instant createdAt) {

    /** "First Last". */
    public String displayName() {
        return firstName + " " + lastName;
    }

    /** One territory the rep covers from {@code from} to {@code to} (inclusive; null = open-ended). */
    public record TerritoryAssignment(UUID territoryId, LocalDate from, LocalDate to, boolean primary) {
    }
}
