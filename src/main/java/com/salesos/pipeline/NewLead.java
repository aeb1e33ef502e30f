package com.salesos.pipeline;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A lead to record. {@code externalId} is the source system's id (unique per source).
 *
 * @param score 0 when null
 * @param assignedRepId the calling rep when null and the caller is a rep; else unassigned
 */
public record NewLead(@NotNull LeadSource source, @Size(max = 100) String externalId,
        @NotBlank @Size(max = 200) String contactName, @Email @Size(max = 254) String email,
        @Size(max = 40) String phone, @Size(max = 200) String company, @Min(0) @Max(100) Integer score,
        UUID assignedRepId, UUID territoryId) {
}
