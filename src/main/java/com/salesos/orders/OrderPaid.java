package com.salesos.orders;

import java.util.UUID;

import com.salesos.platform.Money;

/** The order's invoice was paid. */
public record OrderPaid(UUID orderId, UUID repId, Money total, java.time.Instant paidAt) {
}
