package com.salesos.quotes;

import java.util.UUID;

/** The approved quote went to the customer. */
public record QuoteSent(UUID quoteId, UUID repId, int revision) {
}
