package com.salesos.schedules;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.OpeningHours;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.InstanceSummary;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.Workflow;
import com.salesos.workflow.embedded.InstanceTimers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The morning route start per rep time zone, the reminder, and the end of the day turning missed stops into tasks. */
@SalesOsTest
class RouteStartScheduleTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    Schedules schedules;
    @Autowired
    Workflow workflow;
    @Autowired
    InstanceTimers timers;
    @Autowired
    JdbcTemplate jdbc;

    GeoPoint home;
    FieldFixtures.Team team;
    /** A Monday in the future no other test plans for. */
    LocalDate monday;

    @BeforeEach
    void setUp() {
        home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        monday = LocalDate.now().plusWeeks(ThreadLocalRandom.current().nextInt(60, 2000))
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @Test
    void startsOneWorkingDayPerPlannedRepAtTheirLocalStartTimeAndNeverTwice() throws Exception {
        plan(team.rep(), team.repId(), account(10), account(20));
        plan(team.peer(), team.peerId(), account(15));
        // the manager has no plan that day: nothing to start

        assertThat(run(at(LocalTime.of(7, 15)))).startsWith("0 working days started");
        assertThat(instances(team.repId())).isEmpty();

        run(at(LocalTime.of(7, 30)));
        run(at(LocalTime.of(7, 45)));
        run(at(LocalTime.of(9, 0)));

        assertThat(instances(team.repId())).hasSize(1);
        assertThat(instances(team.peerId())).hasSize(1);
        assertThat(instances(team.managerId())).isEmpty();
        ProcessInstance day = workflow.instance(instances(team.repId()).get(0).key());
        assertThat(day.variables()).containsEntry("repUsername", team.rep())
                .containsEntry("routeDate", monday.toString())
                .containsEntry("endOfDay", monday.atTime(18, 0).atZone(BERLIN).toInstant().toString());
    }

    @Test
    void startsNothingOnAWeekendOrAfterTheEndOfTheDay() throws Exception {
        LocalDate saturday = monday.minusDays(2);
        planOn(team.rep(), team.repId(), saturday, account(10));
        plan(team.rep(), team.repId(), account(10));

        run(saturday.atTime(8, 0).atZone(BERLIN).toInstant());
        run(at(LocalTime.of(18, 30)));

        assertThat(workflow.instances(new InstanceQuery(RouteStartSchedule.PROCESS, null,
                "route-start:" + team.repId(), 0, 10)).items()).isEmpty();
    }

    @Test
    void remindsWithTheFirstStopsAndAtTheEndOfTheDayEachUnvisitedStopBecomesAFollowUpTaskForTheRep() throws Exception {
        UUID visited = account(10);
        UUID missedA = account(20);
        UUID missedB = account(30);
        String planId = plan(team.rep(), team.repId(), visited, missedA, missedB);

        run(at(LocalTime.of(7, 30)));
        long key = instances(team.repId()).get(0).key();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> workflow.instance(key).activeElements().stream()
                        .anyMatch(e -> e.elementId().equals("event_end_of_day")));

        Map<String, Object> reminder = jdbc.queryForMap("""
                select data::text as data, subject from outbox_event
                where type = 'notification.requested' and data->>'template' = 'route-start' and data->>'repId' = ?""",
                team.repId().toString());
        assertThat(reminder.get("subject")).isEqualTo("process/" + key);
        List<String> firstStops = JsonPath.read((String) reminder.get("data"), "$.firstStops");
        assertThat(firstStops).hasSize(3).allSatisfy(name -> assertThat(name).startsWith("Account "));
        assertThat(JsonPath.<String>read((String) reminder.get("data"), "$.routePlanId")).isEqualTo(planId);
        assertThat(JsonPath.<List<String>>read((String) reminder.get("data"), "$.recipients")).containsExactly("rep");

        // the rep visits one stop of the optimised plan during the day
        List<String> stopIds = JsonPath.read(mvc.perform(get("/api/v1/route-plans/" + planId)
                .with(httpBasic(team.rep(), PASSWORD))).andReturn().getResponse().getContentAsString(),
                "$.stops[?(@.accountId == '" + visited + "')].id");
        String stopId = stopIds.get(0);
        mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "routeStopId": "%s", "startedAt": "%s",
                         "outcome": "INTERESTED"}
                        """.formatted(team.repId(), visited, stopId, Instant.now().minusSeconds(60))))
                .andExpect(status().isCreated());

        Instant endOfDay = monday.atTime(18, 0).atZone(BERLIN).toInstant();
        assertThat(timers.advance(key, Duration.between(Instant.now(), endOfDay).minusHours(1))).isZero();
        assertThat(timers.advance(key, Duration.between(Instant.now(), endOfDay).plusMinutes(1))).isEqualTo(1);

        List<UserTask> followUps = await().atMost(Duration.ofSeconds(30)).until(
                () -> workflow.tasks(TaskQuery.ofInstance(key)).items(), tasks -> tasks.size() == 2);
        assertThat(followUps).allSatisfy(task -> {
            assertThat(task.elementId()).isEqualTo("task_follow_up_missed_stop");
            assertThat(task.assignee()).isEqualTo(team.rep());
            assertThat(task.formKey()).isEqualTo("salesos:follow-up-missed-stop");
            assertThat(task.dueDate()).isEqualTo(endOfDay.plus(Duration.ofDays(1)));
        });
        assertThat(followUps)
                .extracting(t -> String.valueOf(((Map<?, ?>) t.variables().get("missedStop")).get("accountId")))
                .containsExactlyInAnyOrder(missedA.toString(), missedB.toString());
        assertThat(((Number) workflow.instance(key).variables().get("unvisitedStops")).intValue()).isEqualTo(2);

        String plan = mvc.perform(get("/api/v1/route-plans/" + planId).with(httpBasic(team.rep(), PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(plan, "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<List<String>>read(plan, "$.stops[?(@.status == 'SKIPPED')].accountId"))
                .containsExactlyInAnyOrder(missedA.toString(), missedB.toString());

        // the rep works through the follow-ups; then the day is done
        for (UserTask task : followUps) {
            mvc.perform(post("/api/v1/tasks/" + task.key() + "/complete").with(httpBasic(team.rep(), PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> workflow.instance(key).state(),
                s -> s == ProcessInstance.InstanceState.COMPLETED);
    }

    private String run(Instant slot) {
        return schedules.runFor("route-start", slot).summary();
    }

    private Instant at(LocalTime berlinTime) {
        return monday.atTime(berlinTime).atZone(BERLIN).toInstant();
    }

    private List<InstanceSummary> instances(UUID repId) {
        return workflow.instances(new InstanceQuery(RouteStartSchedule.PROCESS, null,
                RouteStartSchedule.businessKey(repId, monday), 0, 10)).items();
    }

    private UUID account(double km) {
        GeoPoint place = FieldFixtures.north(home, km);
        OpeningHours.Window allDay = new OpeningHours.Window(LocalTime.of(7, 0), LocalTime.of(20, 0));
        return accounts.create(new NewAccount("Account " + UUID.randomUUID(), AccountType.DEALER, null, null, null,
                null, null, null, place.lat(), place.lon(), new OpeningHours(Map.of(DayOfWeek.MONDAY, List.of(allDay),
                        DayOfWeek.SATURDAY, List.of(allDay))), "Europe/Berlin", null, null, null, null)).id();
    }

    private String plan(String username, UUID repId, UUID... stops) throws Exception {
        return planOn(username, repId, monday, stops);
    }

    private String planOn(String username, UUID repId, LocalDate date, UUID... stops) throws Exception {
        StringBuilder body = new StringBuilder(
                "{\"repId\": \"%s\", \"date\": \"%s\", \"stops\": [".formatted(repId, date));
        for (int i = 0; i < stops.length; i++) {
            body.append(i == 0 ? "" : ", ").append("{\"accountId\": \"").append(stops[i]).append("\"}");
        }
        body.append("]}");
        return FieldFixtures.id(mvc.perform(post("/api/v1/sales-reps/route-plan").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andExpect(status().isCreated()));
    }
}
