package com.salesos.workflow.web;

/** Who may call which workflow endpoint; the method-security expressions in one place. */
final class Access {

    static final String OPERATE = "hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_processes')";
    static final String DECIDE = "hasAnyRole('SALES_OPS', 'ADMIN', 'MANAGER') or hasAuthority('SCOPE_processes')";
    static final String TASKS = "hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_processes')";

    private Access() {
    }
}
