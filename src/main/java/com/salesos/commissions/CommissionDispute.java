package com.salesos.commissions;

import java.math.BigDecimal;
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

/** A rep's dispute of one commission: OPEN until the manager's resolution, which needs a comment unless ACCEPT_NEW. */
@Entity
@Table(name = "commission_dispute")
class CommissionDispute {

    @Id
    private UUID id;
    @Column(name = "commission_id", nullable = false)
    private UUID commissionId;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(nullable = false)
    private String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> corrected;
    @Column(name = "original_rate", nullable = false)
    private BigDecimal originalRate;
    @Column(name = "original_accelerator", nullable = false)
    private BigDecimal originalAccelerator;
    @Column(name = "original_amount", nullable = false)
    private BigDecimal originalAmount;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "original_rules", nullable = false, columnDefinition = "jsonb")
    private List<String> originalRules;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "original_inputs", nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> originalInputs;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    private CommissionStatus previousStatus;
    @Column(nullable = false)
    private String status;
    @Column(name = "recalculated_rate")
    private BigDecimal recalculatedRate;
    @Column(name = "recalculated_accelerator")
    private BigDecimal recalculatedAccelerator;
    @Column(name = "recalculated_amount")
    private BigDecimal recalculatedAmount;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recalculated_rules", columnDefinition = "jsonb")
    private List<String> recalculatedRules;
    @Enumerated(EnumType.STRING)
    private DisputeResolution resolution;
    @Column(name = "resolved_amount")
    private BigDecimal resolvedAmount;
    @Column(name = "resolution_comment")
    private String comment;
    @Column(name = "process_instance_key")
    private Long processInstanceKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Version
    private long version;

    protected CommissionDispute() {
    }

    CommissionDispute(CommissionView commission, String reason, Map<String, Object> corrected,
            CommissionStatus previousStatus, Instant now) {
        this.id = UUID.randomUUID();
        this.commissionId = commission.id();
        this.repId = commission.repId();
        this.reason = reason;
        this.corrected = corrected;
        this.originalRate = commission.rate();
        this.originalAccelerator = commission.accelerator();
        this.originalAmount = commission.amount().amount();
        this.originalRules = List.copyOf(commission.rules());
        this.originalInputs = commission.inputs() == null ? Map.of() : commission.inputs();
        this.previousStatus = previousStatus;
        this.status = "OPEN";
        this.createdAt = now;
    }

    void started(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    boolean isOpen() {
        return "OPEN".equals(status);
    }

    void resolve(DisputeResolution resolution, Recalculation recalculated, BigDecimal resolvedAmount, String comment,
            Instant now) {
        this.resolution = resolution;
        if (recalculated != null) {
            this.recalculatedRate = recalculated.rate();
            this.recalculatedAccelerator = recalculated.accelerator();
            this.recalculatedAmount = recalculated.amount();
            this.recalculatedRules = recalculated.rules();
        }
        this.resolvedAmount = resolvedAmount;
        this.comment = comment;
        this.status = "RESOLVED";
        this.resolvedAt = now;
    }

    /** The decision's answer on the corrected facts. */
    record Recalculation(BigDecimal rate, BigDecimal accelerator, BigDecimal amount, List<String> rules) {
    }

    UUID getId() {
        return id;
    }

    UUID getCommissionId() {
        return commissionId;
    }

    UUID getRepId() {
        return repId;
    }

    Map<String, Object> getCorrected() {
        return corrected;
    }

    CommissionStatus getPreviousStatus() {
        return previousStatus;
    }

    DisputeResolution getResolution() {
        return resolution;
    }

    BigDecimal getResolvedAmount() {
        return resolvedAmount;
    }

    Long getProcessInstanceKey() {
        return processInstanceKey;
    }

    /**
     * @param currency the commission's
     * @param live the recalculation the running process holds, used while the dispute is open (may be null)
     */
    DisputeView toView(String currency, Recalculation live) {
        Recalculation recalculated = recalculatedRate != null
                ? new Recalculation(recalculatedRate, recalculatedAccelerator, recalculatedAmount, recalculatedRules)
                : live;
        return new DisputeView(id, commissionId, repId, status, reason,
                new DisputeView.Decision(originalRate, originalAccelerator, new Money(originalAmount, currency),
                        originalRules, originalInputs),
                corrected,
                recalculated == null ? null : new DisputeView.Decision(recalculated.rate(), recalculated.accelerator(),
                        new Money(recalculated.amount(), currency), recalculated.rules(), corrected),
                resolution, resolvedAmount == null ? null : new Money(resolvedAmount, currency), comment,
                processInstanceKey, createdAt, resolvedAt);
    }
}
