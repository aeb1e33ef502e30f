package com.salesos.orders;

import java.util.UUID;

/** Stock for every line of the order is held. */
public record OrderStockReserved(UUID orderId, UUID repId) {
}
