package com.salesos.quotes;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New lines for a quote not yet accepted: a new revision that goes through the guardrails again. */
public record QuoteChange(@NotNull @Size(min = 1, max = 200) List<LineRequest> items) {
}
