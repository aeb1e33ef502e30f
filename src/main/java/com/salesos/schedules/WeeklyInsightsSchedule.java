package com.salesos.schedules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code weekly-insights}: once a week, the AI Sales Manager's insights of the last full week (Monday to Sunday before
 * the slot), through the {@link WeeklyInsightsRun} bean; without one it logs that nothing is registered.
 */
@Component
class WeeklyInsightsSchedule implements ScheduledWork {

    private static final Logger log = LoggerFactory.getLogger(WeeklyInsightsSchedule.class);

    private final ObjectProvider<WeeklyInsightsRun> runs;
    private final SchedulesProperties properties;

    WeeklyInsightsSchedule(ObjectProvider<WeeklyInsightsRun> runs, SchedulesProperties properties) {
        this.runs = runs;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "weekly-insights";
    }

    @Override
    public String description() {
        return "Weekly AI insights of the last full week";
    }

    @Override
    public String defaultCron() {
        return "0 0 5 ? * MON";
    }

    @Override
    public SchedulesProperties.Settings settings() {
        return properties.weeklyInsights();
    }

    @Override
    public String run(Instant slot) {
        LocalDate today = LocalDate.ofInstant(slot, ScheduleRegistrar.zone(this).toZoneId());
        LocalDate to = today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        LocalDate from = to.minusDays(6);
        WeeklyInsightsRun run = runs.getIfAvailable();
        if (run == null) {
            log.warn("No WeeklyInsightsRun bean is registered; the weekly insights of {} to {} were not computed",
                    from, to);
            return "nothing registered to compute the insights of " + from + " to " + to;
        }
        run.run(from, to);
        return "insights of " + from + " to " + to;
    }
}
