package com.salesos.inbound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What someone saw of a competitor at an account or in a territory: a product or category, a price, a note. */
@Entity
@Table(name = "competitor_observation")
class CompetitorObservation {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String competitor;
    private String sku;
    private String category;
    @Column(name = "price_amount")
    private BigDecimal priceAmount;
    @Column(name = "price_currency")
    private String priceCurrency;
    private String note;
    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;
    @Column(nullable = false)
    private String source;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "territory_id")
    private UUID territoryId;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected CompetitorObservation() {
    }

    CompetitorObservation(IntelFeed.Item item, Money price, UUID accountId, UUID territoryId, Instant now) {
        this.id = UUID.randomUUID();
        this.competitor = item.competitor().strip();
        this.sku = item.sku();
        this.category = item.category();
        this.priceAmount = price == null ? null : price.amount();
        this.priceCurrency = price == null ? null : price.currency();
        this.note = item.note();
        this.observedAt = item.observedAt().toInstant();
        this.source = item.source().strip();
        this.accountId = accountId;
        this.territoryId = territoryId;
        this.receivedAt = now;
    }

    CompetitorObservationView toView() {
        return new CompetitorObservationView(id, competitor, sku, category,
                priceAmount == null ? null : new Money(priceAmount, priceCurrency), note, observedAt, source,
                accountId, territoryId, receivedAt);
    }
}
