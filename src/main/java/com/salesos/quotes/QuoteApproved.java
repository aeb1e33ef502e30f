package com.salesos.quotes;

import java.util.UUID;

/** A revision of the quote was approved, by a person or, within the free band, by the guardrails. */
public record QuoteApproved(UUID quoteId, UUID repId, int revision, String approvedBy) {
}
