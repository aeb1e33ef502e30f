package com.salesos.quotes;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
    @Embedded
    private PricedLineColumns line;

    protected SalesQuoteItem() {
    }

    SalesQuoteItem(int lineNo, PricedLine line) {
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
