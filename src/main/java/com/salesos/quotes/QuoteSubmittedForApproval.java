package com.salesos.quotes;

import java.util.UUID;

/** The guardrails decided who must approve a revision of the quote. */
public record QuoteSubmittedForApproval(UUID quoteId, UUID repId, int revision, ApprovalLevel level) {
}
