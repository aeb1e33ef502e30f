package com.salesos.schedules;

import java.time.Instant;

/** One schedule's work: its name (the key in the settings and the API), its settings, and what a firing does. */
interface ScheduledWork {

    String name();

    String description();

    /** The cron and zone used when the settings give none. */
    String defaultCron();

    SchedulesProperties.Settings settings();

    /**
     * Does the work of the slot at {@code slot} (the scheduled time, also for a late or manual firing); must be safe
     * to run twice for the same slot. Answers a one-line summary for the log and the caller.
     */
    String run(Instant slot);
}
