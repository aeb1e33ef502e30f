/**
 * Route plans: a rep's day as stops at accounts in visiting order, with planned arrival and departure times from
 * the rep's home base, and the day's totals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "reps", "accounts",
        "activity", "routing" })
package com.salesos.routes;
