package com.salesos.security;

import java.util.Set;
import java.util.UUID;

/**
 * The caller of the current request: a person (with the sales rep record they are, if any) or a machine client
 * acting through an API key with scopes.
 *
 * @param repId the caller's own sales rep id; null for people who are not reps (ops, admins) and for API keys
 */
public record Actor(String name, UUID repId, Set<Role> roles, Set<String> scopes, boolean machine) {

    public static final String ADMIN_SCOPE = "admin";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Sales ops, admins and admin-scoped keys see every rep's records. */
    public boolean seesEverything() {
        return has(Role.ADMIN) || has(Role.SALES_OPS) || scopes.contains(ADMIN_SCOPE);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope) || scopes.contains(ADMIN_SCOPE);
    }
}
