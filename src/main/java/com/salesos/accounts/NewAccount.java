package com.salesos.accounts;

import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create an account. Without {@code territoryId} the territory is found from {@code lat}/{@code lon},
 * else from {@code postalCode}.
 *
 * @param tier STANDARD when null
 * @param potential MEDIUM when null
 * @param timeZone the configured default zone when null
 */
public record NewAccount(@NotBlank @Size(max = 200) String name, @NotNull AccountType type, AccountTier tier,
        @Size(max = 50) String partnerTier, @Size(max = 200) String street, @Size(max = 20) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 two-letter country code") String country,
        @DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lon,
        OpeningHours openingHours, @Size(max = 64) String timeZone, UUID territoryId, Potential potential,
        @Email @Size(max = 254) String email, @Size(max = 40) String phone) {
}
