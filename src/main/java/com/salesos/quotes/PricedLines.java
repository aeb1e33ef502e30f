package com.salesos.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.salesos.platform.Money;

/**
 * Priced lines with their totals. {@code costTotal}, {@code margin} and {@code marginPercent} are null when a
 * line's unit cost is unknown; {@code discountPercent} is the discount of the whole quote (discount total over
 * subtotal), the figure the pricing guardrails judge.
 */
public record PricedLines(List<PricedLine> lines, Money subtotal, Money discountTotal, Money total, Money costTotal,
        Money margin, BigDecimal marginPercent, BigDecimal discountPercent) {

    /** Totals the lines, all in {@code currency}. */
    public static PricedLines of(String currency, List<PricedLine> lines) {
        Money subtotal = Money.zero(currency);
        Money discount = Money.zero(currency);
        Money cost = Money.zero(currency);
        boolean costKnown = true;
        for (PricedLine line : lines) {
            subtotal = subtotal.plus(line.lineSubtotal());
            discount = discount.plus(line.lineDiscount());
            if (line.unitCost() == null) {
                costKnown = false;
            } else {
                cost = cost.plus(line.unitCost().times(BigDecimal.valueOf(line.quantity())));
            }
        }
        Money total = subtotal.minus(discount);
        Money costTotal = costKnown ? cost : null;
        Money margin = costKnown ? total.minus(cost) : null;
        return new PricedLines(List.copyOf(lines), subtotal, discount, total, costTotal, margin,
                margin == null ? null : percent(margin.amount(), total.amount()),
                percent(discount.amount(), subtotal.amount()));
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
