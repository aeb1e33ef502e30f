package com.salesos.schedules;

import java.time.Instant;

/**
 * A schedule as {@code GET /api/v1/schedules} shows it; {@code nextFireTime} is null when disabled,
 * {@code previousFireTime} null until its trigger first fired, {@code lastRun} null until it first ran (by its
 * trigger or on demand).
 */
record ScheduleView(String name, String description, String cron, String timeZone, boolean enabled,
        Instant nextFireTime, Instant previousFireTime, LastRun lastRun) {

    /** The latest run: the slot it ran for, when, {@code OK} or {@code FAILED}, and its summary or error. */
    record LastRun(Instant slot, Instant startedAt, Instant finishedAt, String outcome, String summary) {
    }
}
