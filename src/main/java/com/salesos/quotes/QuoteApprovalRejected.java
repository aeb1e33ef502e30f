package com.salesos.quotes;

import java.util.UUID;

/** A revision of the quote was rejected by its approver or refused by the guardrails. */
public record QuoteApprovalRejected(UUID quoteId, UUID repId, int revision, ApprovalDecision decision) {
}
