package com.salesos.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Prices {@code quantity} at {@code listUnitPrice} less {@code discountPercent}, as the class comment says. */
    static PricedLine of(UUID productId, String sku, String name, String category, int quantity, Money listUnitPrice,
            BigDecimal discountPercent, Money unitCost) {
        Money subtotal = listUnitPrice.times(BigDecimal.valueOf(quantity));
        Money discount = new Money(subtotal.amount().multiply(discountPercent).divide(HUNDRED, 2,
                RoundingMode.HALF_UP), listUnitPrice.currency());
        return new PricedLine(productId, sku, name, category, quantity, listUnitPrice, discountPercent.setScale(2),
                subtotal, discount, subtotal.minus(discount), unitCost);
    }

    /** The same line for another quantity, at the same unit price and discount (a split order's parts). */
    public PricedLine withQuantity(int newQuantity) {
        return of(productId, sku, name, category, newQuantity, listUnitPrice, discountPercent, unitCost);
    }
}
