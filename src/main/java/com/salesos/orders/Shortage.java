package com.salesos.orders;

import java.util.UUID;

/** Units of a product an order needs but the stock cannot hold for it now. */
public record Shortage(UUID productId, String sku, int requested, int available, int missing) {
}
