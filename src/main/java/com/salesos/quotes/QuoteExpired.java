package com.salesos.quotes;

import java.util.UUID;

/** The quote passed its validity without a customer decision. */
public record QuoteExpired(UUID quoteId, UUID repId) {
}
