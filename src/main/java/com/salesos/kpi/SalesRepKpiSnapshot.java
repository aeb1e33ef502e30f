package com.salesos.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rep's KPIs for one period; computing the same period again overwrites the figures. */
@Entity
@Table(name = "sales_rep_kpi_snapshot")
class SalesRepKpiSnapshot {

    @Id
    private UUID id;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    private int visits;
    private int quotes;
    @Column(name = "quotes_won")
    private int quotesWon;
    private int orders;
    @Column(nullable = false)
    private BigDecimal revenue;
    @Column(nullable = false)
    private String currency;
    @Column(name = "win_rate")
    private BigDecimal winRate;
    @Column(name = "quota_attainment")
    private BigDecimal quotaAttainment;
    @Column(nullable = false)
    private BigDecimal commission;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected SalesRepKpiSnapshot() {
    }

    SalesRepKpiSnapshot(UUID repId, LocalDate periodStart, LocalDate periodEnd) {
        this.id = UUID.randomUUID();
        this.repId = repId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    void update(int visits, int quotes, int quotesWon, int orders, Money revenue, BigDecimal winRate,
            BigDecimal quotaAttainment, Money commission, Instant now) {
        this.visits = visits;
        this.quotes = quotes;
        this.quotesWon = quotesWon;
        this.orders = orders;
        this.revenue = revenue.amount();
        this.currency = revenue.currency();
        this.winRate = winRate;
        this.quotaAttainment = quotaAttainment;
        this.commission = commission.amount();
        this.computedAt = now;
    }

    KpiSnapshotView toView() {
        return new KpiSnapshotView(id, repId, periodStart, periodEnd, visits, quotes, quotesWon, orders,
                new Money(revenue, currency), winRate, quotaAttainment, new Money(commission, currency), computedAt);
    }
}
