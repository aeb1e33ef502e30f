package com.salesos.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in: username, hashed password, roles and the sales rep record they are, if any. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    /** Comma-separated {@link Role} names. */
    @Column(nullable = false)
    private String roles;

    @Column(name = "rep_id")
    private UUID repId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Set<Role> roles, UUID repId, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.repId = repId;
        this.createdAt = now;
    }

    Actor toActor() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(parsed::add);
        return new Actor(username, repId, parsed, Set.of(), false);
    }

    SalesOsPrincipal toPrincipal() {
        return new SalesOsPrincipal(toActor(), passwordHash, enabled);
    }

    UUID getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    UUID getRepId() {
        return repId;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }
}
