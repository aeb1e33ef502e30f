package com.salesos.catalog;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many units of a product a location has on hand and how many of them orders have reserved. */
@Entity
@Table(name = "stock_level")
class StockLevel {

    @Id
    private UUID id;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(nullable = false)
    private String location;
    @Column(name = "on_hand", nullable = false)
    private int onHand;
    @Column(nullable = false)
    private int reserved;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StockLevel() {
    }

    StockLevel(UUID productId, String location, Instant now) {
        this.id = UUID.randomUUID();
        this.productId = productId;
        this.location = location;
        this.updatedAt = now;
    }

    /** On hand less reserved; never below zero, even when a stock count came in below the reservations. */
    int available() {
        return Math.max(0, onHand - reserved);
    }

    int onHand() {
        return onHand;
    }

    void count(int newOnHand, Instant now) {
        this.onHand = newOnHand;
        this.updatedAt = now;
    }

    void reserve(int quantity, Instant now) {
        if (quantity > available()) {
            throw new IllegalStateException("not enough stock at " + location);
        }
        this.reserved += quantity;
        this.updatedAt = now;
    }

    void release(int quantity, Instant now) {
        this.reserved = Math.max(0, reserved - quantity);
        this.updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    String getLocation() {
        return location;
    }

    StockView toView(String sku) {
        return new StockView(sku, location, onHand, reserved, available(), updatedAt);
    }
}
