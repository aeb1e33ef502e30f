package com.salesos.commissions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A rep's commission on one order under one decision: {@code amount = baseAmount × rate × accelerator}, HALF_UP. */
@Entity
@Table(name = "sales_commission")
class SalesCommission extends AbstractAggregateRoot<SalesCommission> {

    @Id
    private UUID id;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(name = "order_id", nullable = false)
    private UUID orderId;
    @Column(name = "base_amount", nullable = false)
    private BigDecimal baseAmount;
    @Column(nullable = false)
    private BigDecimal rate;
    @Column(nullable = false)
    private BigDecimal accelerator;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(nullable = false)
    private String currency;
    @Column(nullable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommissionStatus status;
    @Column(name = "decision_id", nullable = false)
    private String decisionId;
    @Column(name = "decision_version", nullable = false)
    private String decisionVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "matched_rules", nullable = false, columnDefinition = "jsonb")
    private List<String> matchedRules;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> inputs;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected SalesCommission() {
    }

    SalesCommission(UUID repId, UUID orderId, Money base, String period, CommissionDecision decision, Instant now) {
        this.id = UUID.randomUUID();
        this.repId = repId;
        this.orderId = orderId;
        this.baseAmount = base.amount();
        this.currency = base.currency();
        this.rate = decision.rate();
        this.accelerator = decision.accelerator();
        this.amount = amountOf(base, decision.rate(), decision.accelerator()).amount();
        this.period = period;
        this.status = CommissionStatus.CALCULATED;
        this.decisionId = decision.decisionId();
        this.decisionVersion = decision.decisionVersion();
        this.matchedRules = List.copyOf(decision.matchedRuleIds());
        this.inputs = decision.inputs() == null ? Map.of() : decision.inputs();
        this.createdAt = now;
        this.updatedAt = now;
        registerEvent(new CommissionRecorded(id, orderId, repId, new Money(amount, currency), period));
    }

    static Money amountOf(Money base, BigDecimal rate, BigDecimal accelerator) {
        return new Money(base.amount().multiply(rate).multiply(accelerator).setScale(2, RoundingMode.HALF_UP),
                base.currency());
    }

    /**
     * Puts the commission under dispute and answers the status it had, to give back on resolution.
     *
     * @throws com.salesos.platform.ConflictException when it is already disputed
     */
    CommissionStatus dispute(Instant now) {
        if (status == CommissionStatus.DISPUTED) {
            throw new com.salesos.platform.ConflictException("Commission " + id + " is already disputed");
        }
        CommissionStatus before = status;
        status = CommissionStatus.DISPUTED;
        updatedAt = now;
        return before;
    }

    /** Ends a dispute keeping the figures: back to {@code status}. */
    void keepAfterDispute(CommissionStatus status, Instant now) {
        this.status = status;
        updatedAt = now;
    }

    /** Ends a dispute with the decision's answer on corrected facts: new rate, accelerator, rules, inputs and amount. */
    void recalculateAfterDispute(CommissionDecision decision, CommissionStatus status, Instant now) {
        this.rate = decision.rate();
        this.accelerator = decision.accelerator();
        this.amount = amountOf(new Money(baseAmount, currency), rate, accelerator).amount();
        this.decisionVersion = decision.decisionVersion();
        this.matchedRules = List.copyOf(decision.matchedRuleIds());
        this.inputs = decision.inputs();
        keepAfterDispute(status, now);
    }

    /** Ends a dispute with an amount the manager set (rate and accelerator stay as the table gave them). */
    void adjustAfterDispute(BigDecimal amount, CommissionStatus status, Instant now) {
        this.amount = amount.setScale(2, RoundingMode.HALF_UP);
        keepAfterDispute(status, now);
    }

    UUID getId() {
        return id;
    }

    UUID getRepId() {
        return repId;
    }

    CommissionView toView() {
        return new CommissionView(id, repId, orderId, new Money(baseAmount, currency), rate, accelerator,
                new Money(amount, currency), period, status, decisionId, decisionVersion, matchedRules, inputs,
                createdAt);
    }
}
