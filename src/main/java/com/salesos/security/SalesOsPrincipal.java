package com.salesos.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person or API key, carrying its {@link Actor}. */
record SalesOsPrincipal(Actor actor, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Stream<String> roles = actor.roles().stream().map(Role::authority);
        Stream<String> scopes = actor.scopes().stream().map(s -> "SCOPE_" + s);
        Stream<String> admin = actor.scopes().contains(Actor.ADMIN_SCOPE) ? Stream.of(Role.ADMIN.authority())
                : Stream.empty();
        List<SimpleGrantedAuthority> all = Stream.concat(Stream.concat(roles, scopes), admin).distinct()
                .map(SimpleGrantedAuthority::new).toList();
        return all;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
