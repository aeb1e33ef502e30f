package com.salesos.catalog;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Units of a product held at one location for a reference (an order); a reference reserves a product once. */
@Entity
@Table(name = "stock_reservation")
class StockReservation {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String reference;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(name = "stock_level_id", nullable = false)
    private UUID stockLevelId;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected StockReservation() {
    }

    StockReservation(String reference, UUID productId, UUID stockLevelId, int quantity, Instant now) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.productId = productId;
        this.stockLevelId = stockLevelId;
        this.quantity = quantity;
        // the database keeps microseconds: a retry must answer the same time as the first call
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    boolean isReleased() {
        return releasedAt != null;
    }

    void release(Instant now) {
        this.releasedAt = now;
    }

    UUID getProductId() {
        return productId;
    }

    UUID getStockLevelId() {
        return stockLevelId;
    }

    int getQuantity() {
        return quantity;
    }

    StockReservationView toView(String sku, String location) {
        return new StockReservationView(reference, sku, location, quantity, createdAt, releasedAt);
    }
}
