package com.salesos.orders;

/** The answer to an order request: the order, and whether this request created it or found it made before. */
public record PlacedOrder(OrderView order, boolean created) {
}
