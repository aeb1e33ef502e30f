package com.salesos.schedules;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
class ScheduleApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    Scheduler scheduler;
    @Autowired
    ScheduleRegistrar registrar;

    @Test
    void listsEveryScheduleWithItsCronZoneAndNextFiringForSalesOpsOnly() throws Exception {
        FieldFixtures.Team team = FieldFixtures.team(reps, users, FieldFixtures.somewhere());

        mvc.perform(get("/api/v1/schedules").with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(hasItems("route-start", "kpi-snapshot", "stale-deals",
                        "weekly-insights")))
                .andExpect(jsonPath("$[?(@.name == 'route-start')].cron").value("0 0/15 * * * ?"))
                .andExpect(jsonPath("$[?(@.name == 'route-start')].timeZone").value("UTC"))
                .andExpect(jsonPath("$[?(@.name == 'kpi-snapshot')].cron").value("0 30 1 * * ?"))
                .andExpect(jsonPath("$[?(@.name == 'weekly-insights')].cron").value("0 0 5 ? * MON"))
                .andExpect(jsonPath("$[?(@.name == 'stale-deals')].enabled").value(true))
                .andExpect(jsonPath("$[0].nextFireTime").value(notNullValue()));

        mvc.perform(get("/api/v1/schedules").with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schedules")).andExpect(status().isUnauthorized());
    }

    @Test
    void salesOpsRunsAScheduleNowAndAnUnknownOneIs404() throws Exception {
        FieldFixtures.Team team = FieldFixtures.team(reps, users, FieldFixtures.somewhere());

        mvc.perform(post("/api/v1/schedules/stale-deals/run").with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("stale-deals"))
                .andExpect(jsonPath("$.summary").value(org.hamcrest.Matchers.endsWith("newly flagged")));
        mvc.perform(get("/api/v1/schedules").with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(jsonPath("$[?(@.name == 'stale-deals')].lastRun.outcome").value("OK"))
                .andExpect(jsonPath("$[?(@.name == 'stale-deals')].lastRun.summary").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.endsWith("newly flagged"))));
        mvc.perform(post("/api/v1/schedules/no-such-schedule/run").with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/schedules/stale-deals/run").with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void registeringAgainKeepsOneTriggerAChangedCronReplacesItAndDisablingRemovesIt() throws Exception {
        String name = "test-" + UUID.randomUUID();
        TestWork work = new TestWork(name, "0 0 3 * * ?", true);
        try {
            registrar.register(work);
            Trigger first = scheduler.getTrigger(TriggerKey.triggerKey(name, ScheduleRegistrar.GROUP));
            registrar.register(work);
            assertThat(scheduler.getTriggersOfJob(JobKey.jobKey(name, ScheduleRegistrar.GROUP))).hasSize(1);
            assertThat(scheduler.getTrigger(first.getKey()).getNextFireTime()).isEqualTo(first.getNextFireTime());
            assertThat(scheduler.getTrigger(first.getKey()).getMisfireInstruction())
                    .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

            registrar.register(new TestWork(name, "0 0 4 * * ?", true));
            assertThat(scheduler.getTriggersOfJob(JobKey.jobKey(name, ScheduleRegistrar.GROUP))).singleElement()
                    .satisfies(t -> assertThat(((CronTrigger) t).getCronExpression()).isEqualTo("0 0 4 * * ?"));

            registrar.register(new TestWork(name, "0 0 4 * * ?", false));
            assertThat(scheduler.getTrigger(first.getKey())).isNull();
            assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(ScheduleRegistrar.GROUP)))
                    .extracting(TriggerKey::getName).contains("route-start", "kpi-snapshot", "stale-deals",
                            "weekly-insights").doesNotContain(name);
        } finally {
            scheduler.deleteJob(JobKey.jobKey(name, ScheduleRegistrar.GROUP));
        }
    }

    @Test
    void refusesACronQuartzCannotRead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registrar.register(
                new TestWork("bad-" + UUID.randomUUID(), "every morning", true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(".cron 'every morning'");
    }

    private record TestWork(String name, String cron, boolean on) implements ScheduledWork {

        @Override
        public String description() {
            return "test";
        }

        @Override
        public String defaultCron() {
            return cron;
        }

        @Override
        public SchedulesProperties.Settings settings() {
            return new SchedulesProperties.Schedule(cron, on, "Europe/Berlin");
        }

        @Override
        public String run(Instant slot) {
            return "ran";
        }
    }
}
