package com.salesos.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import com.salesos.platform.GeoPoint;
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
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String country;
    private Double lat;
    private Double lon;
    @Column(name = "duplicate_of_lead_id")
    private UUID duplicateOfLeadId;
    @Column(name = "duplicate_of_account_id")
    private UUID duplicateOfAccountId;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "deal_id")
    private UUID dealId;
    @Column(name = "process_instance_key")
    private Long processInstanceKey;
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

    /** A lead from a CRM, unassigned until the intake finds its territory and rep. */
    Lead(CrmLead request, Instant now) {
        this.id = UUID.randomUUID();
        this.source = request.source();
        this.externalId = request.externalId();
        this.contactName = request.contactName().strip();
        this.email = request.emailKey();
        this.phone = request.phoneKey();
        this.company = request.company();
        this.score = request.score() == null ? 0 : request.score();
        this.status = LeadStatus.NEW;
        this.postalCode = request.postalCode();
        this.city = request.city();
        this.country = request.country();
        this.lat = request.lat();
        this.lon = request.lon();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A repeat or duplicate delivery: takes the newer contact details and place the sender gives, keeps what it
     * leaves out. The lead keeps its first external id.
     */
    void update(CrmLead request, Instant now) {
        contactName = request.contactName().strip();
        email = request.emailKey() == null ? email : request.emailKey();
        phone = request.phoneKey() == null ? phone : request.phoneKey();
        company = request.company() == null ? company : request.company();
        score = request.score() == null ? score : request.score();
        if (request.lat() != null) {
            lat = request.lat();
            lon = request.lon();
        }
        postalCode = request.postalCode() == null ? postalCode : request.postalCode();
        city = request.city() == null ? city : request.city();
        country = request.country() == null ? country : request.country();
        if (externalId == null) {
            externalId = request.externalId();
        }
        updatedAt = now;
    }

    void startedIntake(long processInstanceKey) {
        this.processInstanceKey = processInstanceKey;
    }

    /** The territory and rep the intake found; false when the lead already had them. */
    boolean assign(UUID repId, UUID territoryId, Instant now) {
        if (repId.equals(assignedRepId) && Objects.equals(territoryId, this.territoryId)) {
            return false;
        }
        assignedRepId = repId;
        this.territoryId = territoryId;
        updatedAt = now;
        return true;
    }

    /** Closes the lead as a duplicate of another lead or an account; false when it already was. */
    boolean closeAsDuplicate(UUID ofLead, UUID ofAccount, Instant now) {
        if (status == LeadStatus.DISQUALIFIED && (duplicateOfLeadId != null || duplicateOfAccountId != null)) {
            return false;
        }
        duplicateOfLeadId = ofLead;
        duplicateOfAccountId = ofAccount;
        disqualify("Duplicate of " + (ofLead != null ? "lead " + ofLead : "account " + ofAccount), now);
        return true;
    }

    /** Qualifies the lead and records the account and deal it became; false when it already was converted. */
    boolean convertTo(UUID accountId, UUID dealId, Instant now) {
        if (status == LeadStatus.CONVERTED) {
            return false;
        }
        if (status != LeadStatus.QUALIFIED) {
            qualify(now);
        }
        this.accountId = accountId;
        this.dealId = dealId;
        convert(now);
        return true;
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

    UUID getDealId() {
        return dealId;
    }

    LeadSource getSource() {
        return source;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    String getCompany() {
        return company;
    }

    String getContactName() {
        return contactName;
    }

    UUID getTerritoryId() {
        return territoryId;
    }

    String getPostalCode() {
        return postalCode;
    }

    String getCity() {
        return city;
    }

    String getCountry() {
        return country;
    }

    GeoPoint getLocation() {
        return GeoPoint.ofNullable(lat, lon);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    UUID getAssignedRepId() {
        return assignedRepId;
    }

    LeadStatus getStatus() {
        return status;
    }

    LeadView toView() {
        return new LeadView(id, source, externalId, contactName, email, phone, company, score, status, assignedRepId,
                territoryId, disqualifyReason, createdAt, updatedAt, new LeadView.Place(postalCode, city, country,
                        GeoPoint.ofNullable(lat, lon)), duplicateOfLeadId, duplicateOfAccountId, accountId, dealId,
                processInstanceKey);
    }
}
