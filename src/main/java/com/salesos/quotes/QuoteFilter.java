package com.salesos.quotes;

import java.util.UUID;

/** Narrows a quote list; every part may be null. */
public record QuoteFilter(UUID repId, QuoteStatus status, UUID accountId) {
}
