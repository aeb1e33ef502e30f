package com.salesos.ai;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something the AI Sales Manager noticed about a subject; acknowledged once by a person. */
@Entity
@Table(name = "ai_insight")
class AIInsight {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String type;
    @Column(name = "subject_type", nullable = false)
    private String subjectType;
    @Column(name = "subject_id", nullable = false)
    private String subjectId;
    @Column(name = "rep_id")
    private UUID repId;
    @Column(nullable = false)
    private BigDecimal score;
    @Column(nullable = false)
    private String explanation;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> evidence;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    private String period;

    protected AIInsight() {
    }

    AIInsight(NewInsight insight, Instant now) {
        this.id = UUID.randomUUID();
        this.type = insight.type();
        this.subjectType = insight.subjectType();
        this.subjectId = insight.subjectId();
        this.repId = insight.repId();
        this.score = insight.score();
        this.explanation = insight.explanation();
        this.evidence = insight.evidence() == null ? Map.of() : insight.evidence();
        this.createdAt = now;
    }

    /** The first acknowledgement counts; later ones change nothing. */
    boolean acknowledge(String by, Instant now) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = now;
        acknowledgedBy = by;
        return true;
    }

    UUID getRepId() {
        return repId;
    }

    InsightView toView() {
        return new InsightView(id, type, subjectType, subjectId, repId, score, explanation, evidence, createdAt,
                acknowledgedAt, acknowledgedBy, period);
    }
}
