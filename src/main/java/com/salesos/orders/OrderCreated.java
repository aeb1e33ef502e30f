package com.salesos.orders;

import java.util.UUID;

import com.salesos.platform.Money;

/** An order was created, from a quote (quoteId set) or directly. */
public record OrderCreated(UUID orderId, UUID quoteId, UUID repId, UUID accountId, Money total) {
}
