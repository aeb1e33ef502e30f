package com.salesos.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Something the company sells, known by its SKU; its unit cost feeds margin checks. */
@Entity
@Table(name = "product")
class Product {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String sku;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String category;
    @Column(nullable = false)
    private String unit;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "unit_cost")
    private BigDecimal unitCost;
    @Column(name = "cost_currency")
    private String costCurrency;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Product() {
    }

    Product(String sku, String name, String category, String unit, boolean active, Money unitCost, Instant now) {
        this.id = UUID.randomUUID();
        this.sku = sku;
        this.name = name;
        this.category = category;
        this.unit = unit;
        this.active = active;
        this.unitCost = unitCost == null ? null : unitCost.amount();
        this.costCurrency = unitCost == null ? null : unitCost.currency();
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    String getSku() {
        return sku;
    }

    ProductView toView(List<PriceView> currentPrices) {
        Money cost = unitCost == null ? null : new Money(unitCost, costCurrency);
        return new ProductView(id, sku, name, category, unit, active, cost, currentPrices, createdAt);
    }
}
