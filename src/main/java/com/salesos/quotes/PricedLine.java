package com.salesos.quotes;

import java.math.BigDecimal;
import java.util.UUID;

import com.salesos.platform.Money;

/**
 * A line priced from the price list: {@code lineSubtotal = listUnitPrice × quantity}, {@code lineDiscount =
 * lineSubtotal × discountPercent / 100}, {@code lineTotal = lineSubtotal − lineDiscount}, each rounded HALF_UP to
 * cents.
 *
 * @param unitCost null when the product has no cost in the line's currency
 */
public record PricedLine(UUID productId, String sku, String name, String category, int quantity,
        Money listUnitPrice, BigDecimal discountPercent, Money lineSubtotal, Money lineDiscount, Money lineTotal,
        Money unitCost) {
}
