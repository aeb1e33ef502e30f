package com.salesos.quotes;

import java.util.UUID;

/** The customer rejected the quote. */
public record QuoteRejected(UUID quoteId, UUID repId) {
}
