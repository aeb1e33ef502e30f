package com.salesos.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The unit price of a product in one currency on one price list, valid from one day to another (inclusive). */
@Entity
@Table(name = "price_list_entry")
class PriceListEntry {

    @Id
    private UUID id;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(name = "list_name", nullable = false)
    private String listName;
    @Column(nullable = false)
    private String currency;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PriceListEntry() {
    }

    PriceListEntry(UUID productId, String listName, Money unitPrice, LocalDate validFrom, LocalDate validTo,
            Instant now) {
        this.id = UUID.randomUUID();
        this.productId = productId;
        this.listName = listName;
        this.currency = unitPrice.currency();
        this.unitPrice = unitPrice.amount();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = now;
    }

    UUID getProductId() {
        return productId;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    Money unitPrice() {
        return new Money(unitPrice, currency);
    }

    /** Ends the validity on {@code day} (inclusive), for a newer price that starts the day after. */
    void endOn(LocalDate day) {
        this.validTo = day;
    }

    /** Starts the validity on {@code day}, for a newer price that ends the day before. */
    void startOn(LocalDate day) {
        this.validFrom = day;
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    PriceView toView(String sku) {
        return new PriceView(productId, sku, listName, new Money(unitPrice, currency), validFrom, validTo);
    }
}
