package com.salesos.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the {@link Actor} of the current request from the security context. */
@Component
public class CurrentActor {

    private static final Actor ANONYMOUS = new Actor("anonymous", null, Set.of(), Set.of(), false);

    /** The caller; an actor without roles when nobody is signed in. */
    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return ANONYMOUS;
        }
        if (auth.getPrincipal() instanceof SalesOsPrincipal principal) {
            return principal.actor();
        }
        // people set up by tests with @WithMockUser, or other authentications: roles from the authorities
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> scopes = new HashSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            for (Role r : Role.values()) {
                if (r.authority().equals(name)) {
                    roles.add(r);
                }
            }
            if (name.startsWith("SCOPE_")) {
                scopes.add(name.substring(6));
            }
        }
        return new Actor(auth.getName(), null, roles, scopes, false);
    }
}
