package com.salesos.quotes;

import java.util.UUID;

import com.salesos.platform.Money;

/** A quote was created and priced. */
public record QuoteCreated(UUID quoteId, UUID repId, UUID accountId, Money total) {
}
