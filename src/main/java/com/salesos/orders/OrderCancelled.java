package com.salesos.orders;

import java.util.UUID;

/** The order was cancelled; its stock is given back. */
public record OrderCancelled(UUID orderId, UUID repId) {
}
