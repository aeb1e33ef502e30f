/**
 * Visits reps log at accounts, with notes (general, competitor, objection, follow-up); logging a visit marks its
 * route stop visited, writes the activity log and publishes {@link com.salesos.visits.VisitLogged} (and the
 * {@code visit.logged} outbox event). Each logged visit starts the {@code visit-follow-up} process once; its draft
 * quote is linked to the visit; action items from the virtual office start the same process's follow-up task.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "reps", "accounts",
        "routes", "activity", "workflow", "quotes", "integration" })
package com.salesos.visits;
