package com.salesos.orders;

import java.util.UUID;

/** The order waits for stock to arrive. */
public record OrderBackordered(UUID orderId, UUID repId) {
}
