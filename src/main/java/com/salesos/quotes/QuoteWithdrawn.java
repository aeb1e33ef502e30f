package com.salesos.quotes;

import java.util.UUID;

/** The rep withdrew the quote. */
public record QuoteWithdrawn(UUID quoteId, UUID repId) {
}
