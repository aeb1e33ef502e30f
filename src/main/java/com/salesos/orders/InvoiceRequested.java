package com.salesos.orders;

import java.util.UUID;

import com.salesos.platform.Money;

/** Finance was asked to invoice the order. */
public record InvoiceRequested(UUID orderId, UUID repId, Money total) {
}
