package com.salesos.orders;

import java.util.UUID;

import com.salesos.platform.Money;

/** The order is confirmed to the customer: a win for the rep. */
public record OrderConfirmed(UUID orderId, UUID repId, Money total) {
}
