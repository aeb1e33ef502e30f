package com.salesos.workbench;

/** Who may use the workbench: sales ops and admins (everyone else gets 403). */
final class WorkbenchAccess {

    static final String OPS = "hasAnyRole('SALES_OPS', 'ADMIN')";

    private WorkbenchAccess() {
    }
}
