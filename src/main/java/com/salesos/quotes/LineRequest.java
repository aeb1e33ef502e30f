package com.salesos.quotes;

import java.math.BigDecimal;

/**
 * One line to price: a SKU, how many, and the discount off the list price. {@link Pricing} checks every part, so
 * the same rules hold for the API, the process workers and the demo data.
 *
 * @param discountPercent 0 when null
 */
public record LineRequest(String sku, Integer quantity, BigDecimal discountPercent) {
}
