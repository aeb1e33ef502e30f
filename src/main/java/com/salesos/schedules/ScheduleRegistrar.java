package com.salesos.schedules;

import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Puts each schedule's job and cron trigger into the Quartz job store at start-up: an unchanged trigger is left as it
 * is (so a restart neither duplicates it nor forgets a slot missed while down), a changed cron or zone replaces it,
 * a disabled schedule loses its trigger. A missed slot fires once at start-up, however many were missed.
 */
@Component
class ScheduleRegistrar implements SmartInitializingSingleton {

    static final String GROUP = "salesos";
    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final List<ScheduledWork> schedules;

    ScheduleRegistrar(Scheduler scheduler, List<ScheduledWork> schedules) {
        this.scheduler = scheduler;
        this.schedules = schedules;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ScheduledWork work : schedules) {
            try {
                register(work);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not register schedule " + work.name(), e);
            }
        }
    }

    void register(ScheduledWork work) throws SchedulerException {
        String cron = cron(work);
        TimeZone zone = zone(work);
        JobKey jobKey = JobKey.jobKey(work.name(), GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(work.name(), GROUP);
        if (!enabled(work)) {
            if (scheduler.unscheduleJob(triggerKey)) {
                log.info("Schedule {} is disabled; its trigger is removed", work.name());
            }
            return;
        }
        if (scheduler.getTrigger(triggerKey) instanceof CronTrigger existing
                && existing.getCronExpression().equals(cron) && existing.getTimeZone().getID().equals(zone.getID())) {
            return;
        }
        JobDetail job = JobBuilder.newJob(ScheduleJob.class).withIdentity(jobKey).withDescription(work.description())
                .storeDurably().build();
        // replace: a changed cron takes effect, and two nodes starting at once both succeed
        scheduler.scheduleJob(job, java.util.Set.of(trigger(triggerKey, cron, zone)), true);
        log.info("Schedule {} runs at '{}' ({})", work.name(), cron, zone.getID());
    }

    /** A cron trigger that, after downtime, fires once for all the slots it missed and then keeps to its cron. */
    static CronTrigger trigger(TriggerKey key, String cron, TimeZone zone) {
        return TriggerBuilder.newTrigger().withIdentity(key)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    static String cron(ScheduledWork work) {
        String cron = Objects.requireNonNullElse(work.settings().cron(), work.defaultCron()).strip();
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalStateException("salesos.schedules." + work.name() + ".cron '" + cron
                    + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        }
        return cron;
    }

    static TimeZone zone(ScheduledWork work) {
        String id = Objects.requireNonNullElse(work.settings().timeZone(), "UTC");
        try {
            return TimeZone.getTimeZone(java.time.ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException("salesos.schedules." + work.name() + ".time-zone '" + id
                    + "' is not an IANA time zone", e);
        }
    }

    static boolean enabled(ScheduledWork work) {
        return !Boolean.FALSE.equals(work.settings().enabled());
    }
}
