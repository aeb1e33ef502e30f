package com.salesos.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import com.salesos.platform.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sales opportunity at an account. Open stages may move back and forth; it is won only from a proposal or
 * negotiation, lost from any open stage, and a closed deal stays closed.
 */
@Entity
@Table(name = "deal")
class Deal {

    @Id
    private UUID id;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DealStage stage;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(nullable = false)
    private String currency;
    @Column(name = "expected_close")
    private LocalDate expectedClose;
    @Column(nullable = false)
    private int probability;
    @Column(name = "close_reason")
    private String closeReason;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Deal() {
    }

    Deal(UUID accountId, UUID repId, String name, DealStage stage, Money amount, LocalDate expectedClose,
            Integer probability, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.repId = repId;
        this.name = name;
        this.stage = stage;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.expectedClose = expectedClose;
        this.probability = probability == null ? stage.defaultProbability() : probability;
        this.lastActivityAt = now;
        this.createdAt = now;
    }

    /** Moves to another open stage. @throws ConflictException when closed or already there */
    void moveTo(DealStage next, Integer probability, Instant now) {
        requireOpen(next);
        if (next.isClosed()) {
            throw new IllegalArgumentException("use markWon or markLost to close a deal");
        }
        stage = next;
        this.probability = probability == null ? next.defaultProbability() : probability;
        lastActivityAt = now;
    }

    /** @throws ConflictException when closed or not yet at PROPOSAL or NEGOTIATION */
    DealWon markWon(String reason, Instant now) {
        requireOpen(DealStage.WON);
        if (stage != DealStage.PROPOSAL && stage != DealStage.NEGOTIATION) {
            throw new ConflictException("Deal " + id + " is in " + stage + "; it can be won from PROPOSAL or NEGOTIATION");
        }
        close(DealStage.WON, reason, now);
        return new DealWon(id, repId, accountId, new Money(amount, currency), reason, now);
    }

    /** @throws ConflictException when already closed */
    void markLost(String reason, Instant now) {
        requireOpen(DealStage.LOST);
        close(DealStage.LOST, reason, now);
    }

    private void requireOpen(DealStage next) {
        if (stage.isClosed()) {
            throw new ConflictException("Deal " + id + " is " + stage + " and cannot move to " + next);
        }
        if (stage == next) {
            throw new ConflictException("Deal " + id + " is already in " + next);
        }
    }

    private void close(DealStage closing, String reason, Instant now) {
        stage = closing;
        probability = closing.defaultProbability();
        closeReason = reason;
        closedAt = now;
        lastActivityAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getRepId() {
        return repId;
    }

    DealStage getStage() {
        return stage;
    }

    DealView toView() {
        return new DealView(id, accountId, repId, name, stage, new Money(amount, currency), expectedClose, probability,
                closeReason, closedAt, lastActivityAt, createdAt);
    }
}
