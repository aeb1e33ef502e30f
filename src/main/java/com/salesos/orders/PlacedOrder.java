package com.salesos.orders;

/**
 * The answer to an order request: the order, and whether this request created it or found it made before; or,
 * for a quote that runs in its process, no order yet and the process instance that will create it.
 */
public record PlacedOrder(OrderView order, boolean created, Long processInstanceKey) {
}
