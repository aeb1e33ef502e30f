package com.salesos.accounts;

import java.time.Instant;
import java.util.UUID;

import com.salesos.platform.GeoPoint;

/**
 * An account as other features and API callers see it; {@code location} and {@code territoryId} may be null,
 * {@code visitCadenceDays} is null until the visit follow-up process decided it.
 */
public record AccountView(UUID id, String name, AccountType type, AccountTier tier, String partnerTier,
        Address address, GeoPoint location, OpeningHours openingHours, String timeZone, UUID territoryId,
        Potential potential, String email, String phone, Instant createdAt, Integer visitCadenceDays) {

    /** A postal address; every part may be null. */
    public record Address(String street, String postalCode, String city, String country) {
    }
}
