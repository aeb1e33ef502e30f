package com.salesos.quotes;

import java.math.BigDecimal;
import java.util.UUID;

import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One priced line of a quote, as it was priced; a revision replaces the lines. */
@Entity
@Table(name = "sales_quote_item")
class SalesQuoteItem {

    @Id
    private UUID id;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
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

    protected SalesQuoteItem() {
    }

    SalesQuoteItem(int lineNo, PricedLine line) {
        this.id = UUID.randomUUID();
        this.lineNo = lineNo;
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

    PricedLine toLine(String currency) {
        return new PricedLine(productId, sku, name, category, quantity, new Money(listUnitPrice, currency),
                discountPercent, new Money(lineSubtotal, currency), new Money(lineDiscount, currency),
                new Money(lineTotal, currency), unitCost == null ? null : new Money(unitCost, currency));
    }
}
