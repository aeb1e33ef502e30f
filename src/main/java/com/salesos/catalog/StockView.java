package com.salesos.catalog;

import java.time.Instant;

/** The stock of a product at one location. */
public record StockView(String sku, String location, int onHand, int reserved, int available, Instant updatedAt) {
}
