package com.salesos.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A machine client's key, stored as its SHA-256 hash, with the scopes it may act in. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "key_hash", nullable = false, unique = true)
    private String keyHash;

    /** Comma-separated scope names. */
    @Column(nullable = false)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, String keyHash, Set<String> scopes, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.keyHash = keyHash;
        this.scopes = String.join(",", new TreeSet<>(scopes));
        this.createdAt = now;
    }

    boolean active() {
        return revokedAt == null;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    void rotate(String newHash, Set<String> newScopes) {
        this.keyHash = newHash;
        this.scopes = String.join(",", new TreeSet<>(newScopes));
        this.revokedAt = null;
    }

    Actor toActor() {
        Set<String> parsed = new TreeSet<>();
        Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).forEach(parsed::add);
        return new Actor("apikey:" + name, null, Set.of(), parsed, true);
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getKeyHash() {
        return keyHash;
    }
}
