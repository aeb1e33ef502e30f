package com.salesos.security;

/** What a person does in the sales team; becomes the Spring Security role {@code ROLE_<name>}. */
public enum Role {
    REP, MANAGER, SALES_OPS, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
