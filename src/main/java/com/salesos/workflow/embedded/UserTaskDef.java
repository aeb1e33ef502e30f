package com.salesos.workflow.embedded;

/** The {@code zeebe:assignmentDefinition}, schedule, form and priority of a user task; each may be FEEL. */
record UserTaskDef(Expr assignee, Expr candidateGroups, Expr candidateUsers, Expr dueDate, Expr followUpDate,
        String formKey, Expr priority) {
}
