package com.salesos.schedules;

import java.time.Instant;

/**
 * A schedule as {@code GET /api/v1/schedules} shows it; {@code nextFireTime} is null when disabled, and
 * {@code previousFireTime} null until its trigger first fired.
 */
record ScheduleView(String name, String description, String cron, String timeZone, boolean enabled,
        Instant nextFireTime, Instant previousFireTime) {
}
