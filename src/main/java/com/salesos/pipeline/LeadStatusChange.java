package com.salesos.pipeline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a lead; {@code reason} is required for DISQUALIFIED. */
public record LeadStatusChange(@NotNull LeadStatus status, @Size(max = 500) String reason) {
}
