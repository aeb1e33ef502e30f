package com.salesos.quotes;

import java.util.UUID;

import com.salesos.platform.Money;

/** The quote's lines changed: a new revision that goes back through the guardrails. */
public record QuoteRevised(UUID quoteId, UUID repId, int revision, Money total) {
}
