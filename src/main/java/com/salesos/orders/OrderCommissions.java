package com.salesos.orders;

import java.util.Optional;
import java.util.UUID;

/**
 * Answers the commission recorded for an order; implemented by the commissions feature, which depends on orders
 * (so orders show commissions without depending on it).
 */
public interface OrderCommissions {

    Optional<OrderView.Commission> forOrder(UUID orderId);
}
