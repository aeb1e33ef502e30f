package com.salesos.schedules;

import java.time.LocalDate;

/**
 * What the weekly insights schedule calls: the AI Sales Manager implements it as a Spring bean. Called once per
 * firing (at least once: a retried week must not duplicate insights).
 */
@FunctionalInterface
public interface WeeklyInsightsRun {

    /** Computes the insights of the week from {@code from} to {@code to} (inclusive, Monday to Sunday). */
    void run(LocalDate from, LocalDate to);
}
