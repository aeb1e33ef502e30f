package com.salesos.reps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sales territory: an area given by a GeoJSON boundary and/or a list of postal codes. */
@Entity
@Table(name = "sales_territory")
class SalesTerritory {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    private String region;
    @JdbcTypeCode(SqlTypes.JSON)
    private String boundary;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sales_territory_postal_code", joinColumns = @JoinColumn(name = "territory_id"))
    @Column(name = "postal_code")
    private Set<String> postalCodes = new LinkedHashSet<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected SalesTerritory() {
    }

    SalesTerritory(String code, String name, String region, String boundary, Set<String> postalCodes, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.region = region;
        this.boundary = boundary;
        this.postalCodes.addAll(postalCodes);
        this.createdAt = now;
    }

    UUID getId() {
        return id;
    }

    String getBoundary() {
        return boundary;
    }

    /**
     * Replaces name, region, boundary (GeoJSON text or null) and postal codes; answers whether the name, region or
     * postal codes differed (the caller compares boundaries as GeoJSON, not as text).
     */
    boolean redefine(String name, String region, String boundary, Set<String> postalCodes) {
        boolean changed = !name.equals(this.name) || !java.util.Objects.equals(region, this.region)
                || !this.postalCodes.equals(postalCodes);
        this.name = name;
        this.region = region;
        this.boundary = boundary;
        this.postalCodes.clear();
        this.postalCodes.addAll(postalCodes);
        return changed;
    }

    TerritoryView toView() {
        return new TerritoryView(id, code, name, region, boundary, new ArrayList<>(postalCodes).stream().sorted().toList());
    }
}
