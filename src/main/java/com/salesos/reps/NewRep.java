package com.salesos.reps;

import java.util.List;
import java.util.UUID;

import com.salesos.platform.GeoPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create a rep. Territories in {@code territoryIds} are covered from today on; the rep becomes
 * the primary rep of {@code primaryTerritoryId}. With {@code username} and {@code password} the rep also gets a
 * sign-in (role REP, or MANAGER for a manager).
 *
 * @param role FIELD when null
 * @param timeZone the configured default zone when null
 */
public record NewRep(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email, @Size(max = 40) String phone, RepRole role, UUID managerId,
        List<@NotNull UUID> territoryIds, UUID primaryTerritoryId, GeoPoint homeBase, @Size(max = 64) String timeZone,
        @Valid Quota quota,
        @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold letters, digits and . _ @ - only") String username,
        @Size(min = 6, max = 100) String password) {
}
