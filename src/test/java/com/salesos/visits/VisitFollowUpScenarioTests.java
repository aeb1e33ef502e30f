package com.salesos.visits;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.FieldFixtures;
import com.salesos.ProcessApi;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.Workflow;
import com.salesos.workflow.embedded.InstanceTimers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The visit follow-up process, driven through the REST API from logging a visit to its three outcomes. */
@SalesOsTest
class VisitFollowUpScenarioTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepService reps;
    @Autowired
    AccountService accounts;
    @Autowired
    UserService users;
    @Autowired
    VisitService visits;
    @Autowired
    VisitFollowUps followUps;
    @Autowired
    InstanceTimers timers;
    @Autowired
    Workflow workflow;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    FieldFixtures.Team team;
    UUID account;
    ProcessApi process;

    @BeforeEach
    void teamAndAccount() {
        GeoPoint home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        account = FieldFixtures.account(accounts, FieldFixtures.north(home, 5));
        process = new ProcessApi(mvc, json, PASSWORD);
    }

    String logVisit(String outcome, LocalDate followUpOn) throws Exception {
        String body = """
                {"repId": "%s", "accountId": "%s", "startedAt": "%s", "outcome": "%s"%s}""".formatted(team.repId(),
                account, Instant.now().minus(1, ChronoUnit.HOURS), outcome,
                followUpOn == null ? "" : ", \"followUpOn\": \"" + followUpOn + "\"");
        return FieldFixtures.id(mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    long followUpInstance(String visitId) {
        return await().atMost(ProcessApi.WAIT).until(() -> {
            var response = mvc.perform(get("/api/v1/visits/" + visitId + "/follow-up")
                    .with(httpBasic(team.rep(), PASSWORD))).andReturn().getResponse();
            return response.getStatus() == 200 ? json.readTree(response.getContentAsString()) : null;
        }, f -> f != null).get("processInstanceKey").asLong();
    }

    @Test
    void followUpTaskIsDueAsAdvisedRemindsTheRepADayBeforeAndEscalatesToTheManagerWhenDue() throws Exception {
        LocalDate followUpOn = LocalDate.now(ZoneOffset.UTC).plusDays(4);
        String visitId = logVisit("FOLLOW_UP_NEEDED", followUpOn);
        long instance = followUpInstance(visitId);

        JsonNode task = process.awaitTask(team.rep(), instance, "task_follow_up_visit");
        JsonNode variables = process.instance(team.ops(), instance).get("variables");
        Instant due = Instant.parse(variables.get("advice").get("followUpDue").asText());
        assertThat(variables.get("advice").get("outcome").asText()).isEqualTo("FOLLOW_UP");
        assertThat(due.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate()).isEqualTo(followUpOn);
        assertThat(task.get("assignee").asText()).isEqualTo(team.rep());
        assertThat(Instant.parse(task.get("dueDate").asText())).isEqualTo(due);
        assertThat(task.get("formKey").asText()).isEqualTo("salesos:follow-up-visit");
        assertThat(reminders(visitId)).isZero();

        Duration untilReminder = Duration.between(Instant.now(), due.minus(1, ChronoUnit.DAYS));
        assertThat(timers.advance(instance, untilReminder.minusMinutes(10))).isZero();
        assertThat(timers.advance(instance, untilReminder.plusMinutes(10))).isEqualTo(1);
        await().atMost(ProcessApi.WAIT).until(() -> reminders(visitId) == 1);
        assertThat(process.task(team.rep(), instance, "task_follow_up_visit")).as("the reminder leaves the task open")
                .isPresent();
        assertThat(process.task(team.manager(), instance, "task_handle_overdue_follow_up")).isEmpty();

        assertThat(timers.advance(instance, Duration.between(Instant.now(), due).plusMinutes(10))).isEqualTo(1);
        JsonNode escalated = process.awaitTask(team.manager(), instance, "task_handle_overdue_follow_up");
        assertThat(escalated.get("candidateGroups")).extracting(JsonNode::asText)
                .containsExactly("team:" + team.managerId());
        assertThat(process.task(team.rep(), instance, "task_follow_up_visit")).as("the overdue task is taken away")
                .isEmpty();
        assertThat(process.openTasks(team.otherManager(), instance)).as("another team's manager").isEmpty();

        process.complete(team.manager(), escalated, Map.of());
        assertThat(ProcessApi.passed(process.awaitState(team.ops(), instance, "COMPLETED"), "end_follow_up_escalated"))
                .isTrue();
        assertThat(reminders(visitId)).as("one reminder only").isEqualTo(1);
    }

    @Test
    void theRepCompletesTheFollowUpTaskAndTheLoopCloses() throws Exception {
        long instance = followUpInstance(logVisit("INTERESTED", null));

        process.complete(team.rep(), process.awaitTask(team.rep(), instance, "task_follow_up_visit"), Map.of());

        JsonNode done = process.awaitState(team.ops(), instance, "COMPLETED");
        assertThat(ProcessApi.passed(done, "end_followed_up")).isTrue();
        assertThat(ProcessApi.passed(done, "task_remind_follow_up")).isFalse();
    }

    @Test
    void orderIntentOpensOneDraftQuoteForTheRepLinkedToTheVisit() throws Exception {
        String visitId = logVisit("ORDER_INTENT", null);
        long instance = followUpInstance(visitId);

        JsonNode done = process.awaitState(team.ops(), instance, "COMPLETED");
        assertThat(ProcessApi.passed(done, "end_draft_quote_created")).isTrue();
        String quoteId = done.get("variables").get("quoteId").asText();
        mvc.perform(get("/api/v1/visits/" + visitId + "/follow-up").with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.quoteId").value(quoteId))
                .andExpect(jsonPath("$.processInstanceKey").value(instance));
        mvc.perform(get("/api/v1/quotes/" + quoteId).with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.repId").value(team.repId().toString()))
                .andExpect(jsonPath("$.accountId").value(account.toString()))
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.processInstanceKey").doesNotExist());

        // the worker runs again (at-least-once): the same draft, no second quote
        assertThat(followUps.draftQuote(UUID.fromString(visitId), team.repId(), account).toString()).isEqualTo(quoteId);
        mvc.perform(get("/api/v1/quotes").param("accountId", account.toString()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void noInterestClosesTheLoopWithTheCadenceTheDecisionGives() throws Exception {
        long instance = followUpInstance(logVisit("NO_INTEREST", null));

        JsonNode done = process.awaitState(team.ops(), instance, "COMPLETED");
        assertThat(ProcessApi.passed(done, "end_cadence_updated")).isTrue();
        JsonNode variables = done.get("variables");
        DecisionResult expected = workflow.evaluateDecision("visit-cadence", Map.of("accountTier",
                variables.get("accountTier").asText(), "potential", variables.get("advice").get("potential").asText()));
        Object days = expected.value() instanceof Map<?, ?> m ? m.get("cadenceDays") : expected.value();
        mvc.perform(get("/api/v1/accounts/" + account).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.visitCadenceDays").value(((Number) days).intValue()));
        assertThat(process.openTasks(team.rep(), instance)).isEmpty();
    }

    @Test
    void aVisitStartsOneFollowUpAndAVisitThatRolledBackStartsNone() throws Exception {
        String visitId = logVisit("INTERESTED", null);
        long instance = followUpInstance(visitId);
        VisitView visit = com.salesos.SalesFixtures.asOps(() -> visits.get(UUID.fromString(visitId)));

        // the event registry republishes an event whose listener did not finish: still one instance
        followUps.on(new VisitLogged(visit.id(), visit.repId(), visit.accountId(), null, visit.outcome(),
                visit.startedAt(), null, null));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> instancesOf("visit/" + visitId).equals(List.of(instance)));
        assertThat(jdbc.sql("select count(*) from outbox_event where type = 'visit.logged' and subject = :s")
                .param("s", "visit/" + visitId).query(Long.class).single()).isEqualTo(1);

        UUID rolledBack = transactions.execute(tx -> {
            VisitView v = com.salesos.SalesFixtures.asOps(() -> visits.log(new NewVisit(team.repId(), account, null,
                    Instant.now().minusSeconds(60), null, VisitOutcome.ORDER_INTENT, null, null, null)));
            tx.setRollbackOnly();
            return v.id();
        });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> instancesOf("visit/" + rolledBack).isEmpty());
        assertThat(jdbc.sql("select count(*) from outbox_event where subject = :s").param("s", "visit/" + rolledBack)
                .query(Long.class).single()).isZero();
    }

    private List<Long> instancesOf(String businessKey) {
        return workflow.instances(new InstanceQuery("visit-follow-up", null, businessKey, 0, 10)).items().stream()
                .map(i -> i.key()).toList();
    }

    private long reminders(String visitId) {
        return jdbc.sql("""
                select count(*) from outbox_event where type = 'notification.requested'
                and data ->> 'template' = 'follow-up-reminder' and data ->> 'visitId' = :visit""")
                .param("visit", visitId).query(Long.class).single();
    }
}
