package com.salesos.activity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One thing that happened: who did what to which subject, when, with details. Never changed once written. */
@Entity
@Immutable
@Table(name = "activity_log")
class ActivityLogEntry {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String actor;

    @Column(name = "rep_id")
    private UUID repId;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String details;

    protected ActivityLogEntry() {
    }

    ActivityLogEntry(String actor, UUID repId, String action, String subjectType, String subjectId, Instant occurredAt,
            String details) {
        this.id = UUID.randomUUID();
        this.actor = actor;
        this.repId = repId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.occurredAt = occurredAt;
        this.details = details;
    }

    ActivityLog.Entry view() {
        return new ActivityLog.Entry(id, actor, repId, action, subjectType, subjectId, occurredAt, details);
    }
}
