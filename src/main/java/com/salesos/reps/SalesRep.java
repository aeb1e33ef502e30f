package com.salesos.reps;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.salesos.platform.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A sales rep, or a manager (role MANAGER) whose team are the reps pointing at them through {@code managerId}. */
@Entity
@Table(name = "sales_rep")
class SalesRep {

    @Id
    private UUID id;
    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(nullable = false)
    private String email;
    private String phone;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RepRole role;
    @Column(name = "manager_id")
    private UUID managerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RepStatus status;
    @Column(name = "home_lat")
    private Double homeLat;
    @Column(name = "home_lon")
    private Double homeLon;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "quota_amount")
    private BigDecimal quotaAmount;
    @Column(name = "quota_currency")
    private String quotaCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "quota_period")
    private QuotaPeriod quotaPeriod;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected SalesRep() {
    }

    SalesRep(String firstName, String lastName, String email, String phone, RepRole role, UUID managerId,
            GeoPoint homeBase, String timeZone, Quota quota, Instant now) {
        this.id = UUID.randomUUID();
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
        this.role = role;
        this.managerId = managerId;
        this.status = RepStatus.ACTIVE;
        this.homeLat = homeBase == null ? null : homeBase.lat();
        this.homeLon = homeBase == null ? null : homeBase.lon();
        this.timeZone = timeZone;
        if (quota != null) {
            this.quotaAmount = quota.amount();
            this.quotaCurrency = quota.currency();
            this.quotaPeriod = quota.period();
        }
        this.createdAt = now;
    }

    UUID getManagerId() {
        return managerId;
    }

    boolean isManager() {
        return role == RepRole.MANAGER;
    }

    UUID getId() {
        return id;
    }

    RepView toView(java.util.List<RepView.TerritoryAssignment> territories) {
        Quota quota = quotaAmount == null ? null : new Quota(quotaAmount, quotaCurrency, quotaPeriod);
        return new RepView(id, firstName, lastName, email, phone, role, managerId, status,
                GeoPoint.ofNullable(homeLat, homeLon), timeZone, quota, territories, createdAt);
    }
}
