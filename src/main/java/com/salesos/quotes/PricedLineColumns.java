package com.salesos.quotes;

import java.math.BigDecimal;
import java.util.UUID;

import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored columns of a {@link PricedLine}; quote lines and order lines embed the same shape. */
@Embeddable
public class PricedLineColumns {

    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String category;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "list_unit_price", nullable = false)
    private BigDecimal listUnitPrice;
    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;
    @Column(name = "line_subtotal", nullable = false)
    private BigDecimal lineSubtotal;
    @Column(name = "line_discount", nullable = false)
    private BigDecimal lineDiscount;
    @Column(name = "line_total", nullable = false)
    private BigDecimal lineTotal;
    @Column(name = "unit_cost")
    private BigDecimal unitCost;

    protected PricedLineColumns() {
    }

    public PricedLineColumns(PricedLine line) {
        this.productId = line.productId();
        this.sku = line.sku();
        this.name = line.name();
        this.category = line.category();
        this.quantity = line.quantity();
        this.listUnitPrice = line.listUnitPrice().amount();
        this.discountPercent = line.discountPercent();
        this.lineSubtotal = line.lineSubtotal().amount();
        this.lineDiscount = line.lineDiscount().amount();
        this.lineTotal = line.lineTotal().amount();
        this.unitCost = line.unitCost() == null ? null : line.unitCost().amount();
    }

    public PricedLine toLine(String currency) {
        return new PricedLine(productId, sku, name, category, quantity, new Money(listUnitPrice, currency),
                discountPercent, new Money(lineSubtotal, currency), new Money(lineDiscount, currency),
                new Money(lineTotal, currency), unitCost == null ? null : new Money(unitCost, currency));
    }
}
