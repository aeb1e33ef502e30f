package com.salesos.orders;

import java.util.UUID;

import com.salesos.quotes.PricedLine;
import com.salesos.quotes.PricedLineColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an order, at the price the customer agreed to. */
@Entity
@Table(name = "sales_order_item")
class SalesOrderItem {

    @Id
    private UUID id;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Embedded
    private PricedLineColumns line;

    protected SalesOrderItem() {
    }

    SalesOrderItem(int lineNo, PricedLine line) {
        this.id = UUID.randomUUID();
        this.lineNo = lineNo;
        this.line = new PricedLineColumns(line);
    }

    /** Puts another line in this place (lines change in place, so line numbers never clash in one flush). */
    void replace(PricedLine other) {
        this.line = new PricedLineColumns(other);
    }

    PricedLine toLine(String currency) {
        return line.toLine(currency);
    }
}
