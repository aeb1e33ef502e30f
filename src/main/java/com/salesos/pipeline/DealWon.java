package com.salesos.pipeline;

import java.time.Instant;
import java.util.UUID;

import com.salesos.platform.Money;

/** A deal was won; published in the transaction that moved it to WON. */
public record DealWon(UUID dealId, UUID repId, UUID accountId, Money amount, String reason, Instant wonAt) {
}
