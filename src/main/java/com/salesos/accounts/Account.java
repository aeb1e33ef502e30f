package com.salesos.accounts;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dealer, stand, partner or direct customer: where it is, when it is open, what it is worth. */
@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountTier tier;
    @Column(name = "partner_tier")
    private String partnerTier;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    private String country;
    private Double lat;
    private Double lon;
    /** JSON of {@link OpeningHours}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "opening_hours", nullable = false)
    private String openingHours;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "territory_id")
    private UUID territoryId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Potential potential;
    private String email;
    private String phone;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "visit_cadence_days")
    private Integer visitCadenceDays;
    @Column(name = "visit_cadence_decided_at")
    private Instant visitCadenceDecidedAt;
    @Version
    private long version;

    protected Account() {
    }

    Account(NewAccount request, String openingHoursJson, String timeZone, UUID territoryId, Instant now) {
        this.id = UUID.randomUUID();
        this.name = request.name().strip();
        this.type = request.type();
        this.tier = request.tier() == null ? AccountTier.STANDARD : request.tier();
        this.partnerTier = request.partnerTier();
        this.street = request.street();
        this.postalCode = request.postalCode();
        this.city = request.city();
        this.country = request.country();
        this.lat = request.lat();
        this.lon = request.lon();
        this.openingHours = openingHoursJson;
        this.timeZone = timeZone;
        this.territoryId = territoryId;
        this.potential = request.potential() == null ? Potential.MEDIUM : request.potential();
        this.email = request.email();
        this.phone = request.phone();
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    UUID getTerritoryId() {
        return territoryId;
    }

    void moveTo(UUID territoryId) {
        this.territoryId = territoryId;
    }

    /** Sets how many days may pass between visits; false when it already was this. */
    boolean decideVisitCadence(int days, Instant now) {
        if (visitCadenceDays != null && visitCadenceDays == days) {
            return false;
        }
        visitCadenceDays = days;
        visitCadenceDecidedAt = now;
        return true;
    }

    String getOpeningHours() {
        return openingHours;
    }

    AccountView toView(OpeningHours hours) {
        return new AccountView(id, name, type, tier, partnerTier, new AccountView.Address(street, postalCode, city,
                country), GeoPoint.ofNullable(lat, lon), hours, timeZone, territoryId, potential, email, phone,
                createdAt, visitCadenceDays);
    }
}
