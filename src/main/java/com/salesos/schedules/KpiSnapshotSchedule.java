package com.salesos.schedules;

import java.time.Instant;
import java.time.LocalDate;

import com.salesos.kpi.KpiService;
import com.salesos.reps.RepView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code kpi-snapshot}: each night, every active rep's KPI snapshot of the day before (the slot's date in the
 * schedule's zone, minus one). Computing a rep's day again overwrites it, so a second run keeps one per rep and day.
 */
@Component
class KpiSnapshotSchedule implements ScheduledWork {

    private static final Logger log = LoggerFactory.getLogger(KpiSnapshotSchedule.class);

    private final KpiService kpis;
    private final ActiveReps reps;
    private final SchedulesProperties properties;

    KpiSnapshotSchedule(KpiService kpis, ActiveReps reps, SchedulesProperties properties) {
        this.kpis = kpis;
        this.reps = reps;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "kpi-snapshot";
    }

    @Override
    public String description() {
        return "Nightly KPI snapshot of the day before for every active rep";
    }

    @Override
    public String defaultCron() {
        return "0 30 1 * * ?";
    }

    @Override
    public SchedulesProperties.Settings settings() {
        return properties.kpiSnapshot();
    }

    @Override
    public String run(Instant slot) {
        LocalDate day = LocalDate.ofInstant(slot, ScheduleRegistrar.zone(this).toZoneId()).minusDays(1);
        int done = 0;
        int failed = 0;
        for (RepView rep : reps.all()) {
            try {
                kpis.snapshot(rep.id(), day, day);
                done++;
            } catch (RuntimeException e) {
                failed++;
                log.warn("KPI snapshot of rep {} for {} failed: {}", rep.id(), day, e.toString());
            }
        }
        return "snapshots of " + day + ": " + done + " reps" + (failed == 0 ? "" : ", " + failed + " failed");
    }
}
