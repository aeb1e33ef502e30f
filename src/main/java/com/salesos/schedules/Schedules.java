package com.salesos.schedules;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.salesos.platform.NotFoundException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Lists the schedules with their trigger times and runs them, by Quartz or on demand. */
@Service
class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    /** What a run did: the schedule, the slot it ran for and its summary. */
    record RunResult(String name, Instant slot, String summary) {
    }

    private final Map<String, ScheduledWork> work;
    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Schedules(List<ScheduledWork> work, Scheduler scheduler, JdbcTemplate jdbc, Clock clock) {
        this.work = work.stream().collect(Collectors.toMap(ScheduledWork::name, Function.identity()));
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<ScheduleView> list() {
        return work.values().stream().sorted(Comparator.comparing(ScheduledWork::name)).map(this::view).toList();
    }

    /** Runs a schedule now, in the calling thread, for the slot of this moment. @throws NotFoundException */
    RunResult runNow(String name) {
        return runFor(name, clock.instant());
    }

    /** Runs a schedule in the calling thread for the given slot, as a firing would. @throws NotFoundException */
    RunResult runFor(String name, Instant slot) {
        return new RunResult(name, slot, run(find(name), slot));
    }

    /** A Quartz firing: runs the schedule for its slot; failures are logged and wait for the next slot. */
    void fire(String name, Instant slot) {
        ScheduledWork schedule = work.get(name);
        if (schedule == null) {
            log.warn("Quartz fired unknown schedule {}; ignored", name);
            return;
        }
        try {
            run(schedule, slot);
        } catch (RuntimeException e) {
            log.error("Schedule {} failed for slot {}", name, slot, e);
        }
    }

    private String run(ScheduledWork schedule, Instant slot) {
        Instant started = clock.instant();
        String summary;
        try {
            summary = SystemCaller.call(() -> schedule.run(slot));
        } catch (RuntimeException e) {
            remember(schedule.name(), slot, started, "FAILED", e.toString());
            throw e;
        }
        remember(schedule.name(), slot, started, "OK", summary);
        log.info("Schedule {} ran for {}: {}", schedule.name(), slot, summary);
        return summary;
    }

    private void remember(String name, Instant slot, Instant started, String outcome, String summary) {
        jdbc.update("""
                insert into schedule_last_run (name, slot, started_at, finished_at, outcome, summary)
                values (?, ?, ?, ?, ?, ?)
                on conflict (name) do update set slot = excluded.slot, started_at = excluded.started_at,
                    finished_at = excluded.finished_at, outcome = excluded.outcome, summary = excluded.summary""",
                name, Timestamp.from(slot), Timestamp.from(started), Timestamp.from(clock.instant()), outcome,
                summary.length() > 2000 ? summary.substring(0, 2000) : summary);
    }

    private ScheduleView.LastRun lastRun(String name) {
        return jdbc.query("select * from schedule_last_run where name = ?", (rs, i) -> new ScheduleView.LastRun(
                rs.getTimestamp("slot").toInstant(), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(), rs.getString("outcome"), rs.getString("summary")), name)
                .stream().findFirst().orElse(null);
    }

    private ScheduledWork find(String name) {
        ScheduledWork schedule = work.get(name);
        if (schedule == null) {
            throw new NotFoundException("Schedule", name);
        }
        return schedule;
    }

    private ScheduleView view(ScheduledWork schedule) {
        Trigger trigger;
        try {
            trigger = scheduler.getTrigger(TriggerKey.triggerKey(schedule.name(), ScheduleRegistrar.GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not read the trigger of schedule " + schedule.name(), e);
        }
        return new ScheduleView(schedule.name(), schedule.description(), ScheduleRegistrar.cron(schedule),
                ScheduleRegistrar.zone(schedule).getID(), ScheduleRegistrar.enabled(schedule),
                trigger == null || trigger.getNextFireTime() == null ? null : trigger.getNextFireTime().toInstant(),
                trigger == null || trigger.getPreviousFireTime() == null ? null
                        : trigger.getPreviousFireTime().toInstant(), lastRun(schedule.name()));
    }
}
