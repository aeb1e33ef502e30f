package com.salesos.pipeline;

import java.time.Instant;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A prospective customer, from a source system or a rep, on its way to qualification; guards its transitions. */
@Entity
@Table(name = "lead")
class Lead {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadSource source;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "contact_name", nullable = false)
    private String contactName;
    private String email;
    private String phone;
    private String company;
    @Column(nullable = false)
    private int score;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStatus status;
    @Column(name = "assigned_rep_id")
    private UUID assignedRepId;
    @Column(name = "territory_id")
    private UUID territoryId;
    @Column(name = "disqualify_reason")
    private String disqualifyReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Lead() {
    }

    Lead(NewLead request, UUID assignedRepId, Instant now) {
        this.id = UUID.randomUUID();
        this.source = request.source();
        this.externalId = request.externalId();
        this.contactName = request.contactName().strip();
        this.email = request.email();
        this.phone = request.phone();
        this.company = request.company();
        this.score = request.score() == null ? 0 : request.score();
        this.status = LeadStatus.NEW;
        this.assignedRepId = assignedRepId;
        this.territoryId = request.territoryId();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void contact(Instant now) {
        require(status == LeadStatus.NEW, "contacted");
        move(LeadStatus.CONTACTED, now);
    }

    void qualify(Instant now) {
        require(status == LeadStatus.NEW || status == LeadStatus.CONTACTED, "qualified");
        move(LeadStatus.QUALIFIED, now);
    }

    void disqualify(String reason, Instant now) {
        require(status.isOpen(), "disqualified");
        disqualifyReason = reason;
        move(LeadStatus.DISQUALIFIED, now);
    }

    void convert(Instant now) {
        require(status == LeadStatus.QUALIFIED, "converted");
        move(LeadStatus.CONVERTED, now);
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new ConflictException("Lead " + id + " is " + status + " and cannot be " + what);
        }
    }

    private void move(LeadStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    UUID getId() {
        return id;
    }

    UUID getAssignedRepId() {
        return assignedRepId;
    }

    LeadStatus getStatus() {
        return status;
    }

    LeadView toView() {
        return new LeadView(id, source, externalId, contactName, email, phone, company, score, status, assignedRepId,
                territoryId, disqualifyReason, createdAt, updatedAt);
    }
}
