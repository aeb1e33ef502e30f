/**
 * Visits reps log at accounts, with notes (general, competitor, objection, follow-up); logging a visit marks its
 * route stop visited, writes the activity log and publishes {@link com.salesos.visits.VisitLogged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "reps", "accounts",
        "routes", "activity" })
package com.salesos.visits;
