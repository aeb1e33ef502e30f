package com.salesos.quotes;

import java.util.UUID;

import com.salesos.platform.Money;

/** The customer accepted the quote. */
public record QuoteAccepted(UUID quoteId, UUID repId, Money total) {
}
