package com.salesos.schedules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The schedules' settings ({@code salesos.schedules.<name>.*}): each has a Quartz {@code cron} (seconds first, e.g.
 * {@code 0 30 1 * * ?}), the {@code time-zone} the cron reads in, and {@code enabled}; some have settings of their own.
 */
@ConfigurationProperties("salesos.schedules")
record SchedulesProperties(RouteStart routeStart, Schedule kpiSnapshot, StaleDeals staleDeals,
        Schedule weeklyInsights) {

    SchedulesProperties {
        routeStart = routeStart == null ? new RouteStart(null, null, null, null, null, null) : routeStart;
        kpiSnapshot = kpiSnapshot == null ? new Schedule(null, null, null) : kpiSnapshot;
        staleDeals = staleDeals == null ? new StaleDeals(null, null, null, null) : staleDeals;
        weeklyInsights = weeklyInsights == null ? new Schedule(null, null, null) : weeklyInsights;
    }

    /** What every schedule has; a null cron or zone means the schedule's default. */
    interface Settings {
        String cron();

        Boolean enabled();

        String timeZone();
    }

    record Schedule(String cron, Boolean enabled, String timeZone) implements Settings {
    }

    /**
     * The route start looks every {@code cron} slot for reps whose working day has begun: a working day, their local
     * time at or after {@code localTime} and before {@code endOfDay}.
     */
    record RouteStart(String cron, Boolean enabled, String timeZone, LocalTime localTime, LocalTime endOfDay,
            Set<DayOfWeek> workingDays) implements Settings {
        RouteStart {
            localTime = localTime == null ? LocalTime.of(7, 30) : localTime;
            endOfDay = endOfDay == null ? LocalTime.of(18, 0) : endOfDay;
            workingDays = workingDays == null || workingDays.isEmpty()
                    ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workingDays);
            if (!localTime.isBefore(endOfDay)) {
                throw new IllegalArgumentException("salesos.schedules.route-start.local-time must be before "
                        + "salesos.schedules.route-start.end-of-day");
            }
        }
    }

    /** Open deals without activity for {@code staleAfterDays} days are flagged to their rep. */
    record StaleDeals(String cron, Boolean enabled, String timeZone, Integer staleAfterDays) implements Settings {
        StaleDeals {
            staleAfterDays = staleAfterDays == null ? 14 : staleAfterDays;
            if (staleAfterDays < 1) {
                throw new IllegalArgumentException("salesos.schedules.stale-deals.stale-after-days must be 1 or more");
            }
        }
    }
}
