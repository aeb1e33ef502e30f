package com.salesos.catalog;

/** A stock count from the inventory system: {@code onHand} units of a SKU at a location. */
public record StockCount(String sku, String location, int onHand) {
}
