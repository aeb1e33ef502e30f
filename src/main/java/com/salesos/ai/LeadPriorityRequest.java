package com.salesos.ai;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The lead to score. */
public record LeadPriorityRequest(@NotNull UUID leadId) {
}
