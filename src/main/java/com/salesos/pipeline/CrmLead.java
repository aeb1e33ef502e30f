package com.salesos.pipeline;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A lead as a CRM sends it: its own id, the contact, and where it is (a place and/or a postal code) so that the
 * intake can find the territory and rep. {@code lat} and {@code lon} come together or not at all.
 *
 * @param score the CRM's own 0..100 rating; 0 when null
 */
public record CrmLead(@NotBlank @Size(max = 100) String externalId, @NotNull LeadSource source,
        @NotBlank @Size(max = 200) String contactName, @Email @Size(max = 254) String email,
        @Size(max = 40) String phone, @Size(max = 200) String company, @Min(0) @Max(100) Integer score,
        @Size(max = 20) String postalCode, @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String country,
        @DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lon) {

    /** The email and phone without surrounding blanks; blank is null. */
    String emailKey() {
        return email == null || email.isBlank() ? null : email.strip();
    }

    String phoneKey() {
        return phone == null || phone.isBlank() ? null : phone.strip();
    }
}
