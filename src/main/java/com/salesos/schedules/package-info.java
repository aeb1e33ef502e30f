/**
 * Quartz schedules (JDBC job store, clustered, cron from the settings, listed by {@code GET /api/v1/schedules}): the
 * daily route start per rep time zone with its {@code routes.close-day} worker, nightly KPI snapshots, the stale-deal
 * sweep and the weekly insights run.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "workflow", "reps",
        "routes", "kpi", "pipeline", "integration", "activity" })
package com.salesos.schedules;
