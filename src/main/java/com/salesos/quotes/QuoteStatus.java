package com.salesos.quotes;

/** Where a quote stands; ACCEPTED, EXPIRED and WITHDRAWN are final, REJECTED may be revised into a new draft. */
public enum QuoteStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, SENT, ACCEPTED, REJECTED, EXPIRED, WITHDRAWN
}
