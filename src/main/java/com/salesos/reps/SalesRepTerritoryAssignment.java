package com.salesos.reps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rep covers a territory from one day to another (inclusive, open-ended when {@code validTo} is null). */
@Entity
@Table(name = "sales_rep_territory_assignment")
class SalesRepTerritoryAssignment {

    @Id
    private UUID id;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(name = "territory_id", nullable = false)
    private UUID territoryId;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "primary_assignment", nullable = false)
    private boolean primary;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SalesRepTerritoryAssignment() {
    }

    SalesRepTerritoryAssignment(UUID repId, UUID territoryId, LocalDate validFrom, LocalDate validTo, boolean primary,
            Instant now) {
        this.id = UUID.randomUUID();
        this.repId = repId;
        this.territoryId = territoryId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.primary = primary;
        this.createdAt = now;
    }

    UUID getRepId() {
        return repId;
    }

    /** Whether this assignment's period shares a day with [from, to] (to null = open-ended). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    boolean isPrimary() {
        return primary;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    RepView.TerritoryAssignment toView() {
        return new RepView.TerritoryAssignment(territoryId, validFrom, validTo, primary);
    }
}
