package com.salesos.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.salesos.SalesOsTest;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The schedules' triggers on real Quartz schedulers with the JDBC job store on the test database (each test its own
 * scheduler name, so the application's scheduler and other tests are not touched).
 */
@SalesOsTest
class QuartzTriggerTests {

    /** Firings per scheduler name and scheduled slot. */
    static final Map<String, Map<Date, AtomicInteger>> FIRINGS = new ConcurrentHashMap<>();

    /** Counts its firings. */
    public static class CountingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            String scheduler;
            try {
                scheduler = context.getScheduler().getSchedulerName();
            } catch (org.quartz.SchedulerException e) {
                throw new IllegalStateException(e);
            }
            FIRINGS.computeIfAbsent(scheduler, s -> new ConcurrentHashMap<>())
                    .computeIfAbsent(context.getScheduledFireTime(), d -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    com.salesos.reps.RepService reps;
    @Autowired
    com.salesos.security.UserService users;
    @Autowired
    com.salesos.kpi.KpiService kpis;

    @Test
    void aQuartzFiringRunsTheScheduleThroughTheApplicationsJobFactory() throws Exception {
        com.salesos.FieldFixtures.Team team = com.salesos.FieldFixtures.team(reps, users,
                com.salesos.FieldFixtures.somewhere());
        String name = "firing-" + UUID.randomUUID();
        SchedulerFactoryBean node = node(name, "node-a", true);
        try {
            Scheduler scheduler = node.getScheduler();
            // the job and trigger the registrar writes for kpi-snapshot, due now instead of at 01:30
            scheduler.scheduleJob(JobBuilder.newJob(ScheduleJob.class).withIdentity("kpi-snapshot",
                    ScheduleRegistrar.GROUP).build(), TriggerBuilder.newTrigger().startNow().build());
            scheduler.start();

            java.time.LocalDate yesterday = java.time.LocalDate.now(ZoneOffset.UTC).minusDays(1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> kpis.snapshots(team.repId(), yesterday, yesterday).size() == 1);
        } finally {
            stop(node);
        }
    }

    @Test
    void aTriggerWhoseSlotsWereMissedWhileDownFiresOnceAtStartUp() throws Exception {
        String name = "misfire-" + UUID.randomUUID();
        SchedulerFactoryBean node = node(name, "node-a");
        Scheduler scheduler = node.getScheduler();
        try {
            // a daily slot an hour ago, the trigger in force for five days: six slots passed while nobody ran
            ZonedDateTime hourAgo = ZonedDateTime.now(ZoneOffset.UTC).minusHours(1);
            String cron = "0 %d %d * * ?".formatted(hourAgo.getMinute(), hourAgo.getHour());
            CronTrigger production = ScheduleRegistrar.trigger(TriggerKey.triggerKey("daily"), cron,
                    TimeZone.getTimeZone("UTC"));
            Trigger missed = production.getTriggerBuilder()
                    .startAt(Date.from(Instant.now().minus(Duration.ofDays(5)).minusSeconds(7200))).build();
            scheduler.scheduleJob(JobBuilder.newJob(CountingJob.class).withIdentity("daily").build(), missed);
            assertThat(scheduler.getTrigger(missed.getKey()).getNextFireTime()).isBefore(new Date());

            scheduler.start();

            await().atMost(Duration.ofSeconds(20)).until(() -> firings(name) == 1);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> firings(name) == 1);
            assertThat(scheduler.getTrigger(missed.getKey()).getNextFireTime())
                    .isAfter(Date.from(Instant.now().plus(Duration.ofHours(22))));
        } finally {
            stop(node);
        }
    }

    @Test
    void twoClusteredNodesRunEachSlotOnce() throws Exception {
        String name = "cluster-" + UUID.randomUUID();
        SchedulerFactoryBean a = node(name, "node-a");
        SchedulerFactoryBean b = node(name, "node-b");
        try {
            JobDetail job = JobBuilder.newJob(CountingJob.class).withIdentity("every-second").build();
            Trigger fiveSlots = TriggerBuilder.newTrigger().withIdentity("every-second")
                    .startAt(Date.from(Instant.now().plusSeconds(2)))
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForTotalCount(5)).build();
            a.getScheduler().scheduleJob(job, Set.of(fiveSlots), true);
            a.getScheduler().start();
            b.getScheduler().start();

            await().atMost(Duration.ofSeconds(30)).until(() -> FIRINGS.getOrDefault(name, Map.of()).size() == 5);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                    .until(() -> FIRINGS.get(name).size() == 5);
            assertThat(FIRINGS.get(name).values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        } finally {
            stop(a);
            stop(b);
        }
    }

    private static int firings(String scheduler) {
        return FIRINGS.getOrDefault(scheduler, Map.of()).values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** A Quartz node on the test database, configured as the application's (clustered JDBC store), not started. */
    private SchedulerFactoryBean node(String schedulerName, String instanceId) throws Exception {
        return node(schedulerName, instanceId, false);
    }

    /** @param springJobs whether jobs are Spring-autowired as in the application (Spring Boot's job factory) */
    private SchedulerFactoryBean node(String schedulerName, String instanceId, boolean springJobs) throws Exception {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        if (springJobs) {
            org.springframework.scheduling.quartz.SpringBeanJobFactory jobs =
                    new org.springframework.scheduling.quartz.SpringBeanJobFactory();
            jobs.setApplicationContext(context);
            factory.setJobFactory(jobs);
        }
        factory.setDataSource(dataSource);
        factory.setSchedulerName(schedulerName);
        factory.setAutoStartup(false);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceId", instanceId);
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        factory.setQuartzProperties(properties);
        factory.afterPropertiesSet();
        return factory;
    }

    private static void stop(SchedulerFactoryBean node) throws Exception {
        node.getScheduler().clear();
        node.destroy();
    }
}
