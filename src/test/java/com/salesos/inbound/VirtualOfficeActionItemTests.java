package com.salesos.inbound;

import static com.salesos.FieldFixtures.PASSWORD;
import static com.salesos.inbound.InboundCalls.key;
import static com.salesos.inbound.InboundCalls.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.ApiFixtures;
import com.salesos.FieldFixtures;
import com.salesos.ProcessApi;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.security.ApiKeyService;
import com.salesos.security.UserService;
import com.salesos.workflow.embedded.InstanceTimers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Virtual-office action items become the rep's follow-up task in the visit follow-up process. */
@SalesOsTest
class VirtualOfficeActionItemTests {

    static final String PATH = "/api/v1/integrations/virtual-office/action-items";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApiKeyService keys;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    InstanceTimers timers;
    @Autowired
    JdbcClient jdbc;

    FieldFixtures.Team team;
    String office;
    ProcessApi process;

    @BeforeEach
    void team() {
        team = FieldFixtures.team(reps, users, FieldFixtures.somewhere());
        office = key(keys, "virtual-office");
        process = new ProcessApi(mvc, json, PASSWORD);
    }

    JsonNode ok(String body) throws Exception {
        return json.readTree(mvc.perform(send(PATH, office, body)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void anActionItemForARepBecomesTheirFollowUpTaskThatEscalatesToTheManagerWhenDue() throws Exception {
        Instant due = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonNode answer = ok("""
                {"eventId": "%s", "items": [{"id": "%s", "repId": "%s", "what": "Call back about the fridge offer",
                 "due": "%s"}]}""".formatted(UUID.randomUUID(), ApiFixtures.unique("AI-"), team.repId(), due));
        long instance = answer.get("followUps").get(0).get("processInstanceKey").asLong();

        JsonNode task = process.awaitTask(team.rep(), instance, "task_follow_up_visit");
        assertThat(Instant.parse(task.get("dueDate").asText())).isEqualTo(due);
        assertThat(task.get("assignee").asText()).isEqualTo(team.rep());
        JsonNode variables = process.instance(team.ops(), instance).get("variables");
        assertThat(variables.get("actionItem").get("what").asText()).isEqualTo("Call back about the fridge offer");

        assertThat(timers.advance(instance, Duration.between(Instant.now(), due).plusMinutes(5))).isEqualTo(2);
        process.awaitTask(team.manager(), instance, "task_handle_overdue_follow_up");
        assertThat(process.task(team.rep(), instance, "task_follow_up_visit")).isEmpty();
    }

    @Test
    void anItemForAnAccountGoesToItsTerritorysPrimaryRepAndARepeatChangesNothing() throws Exception {
        TerritoryView territory = territories.create(new NewTerritory(ApiFixtures.unique("VO-"), "Office land", null,
                null, List.of(ApiFixtures.unique("P"))));
        reps.assignTerritory(team.peerId(), territory.id(), LocalDate.now().minusDays(1), null, true);
        UUID account = accounts.create(new NewAccount(ApiFixtures.unique("Dealer "), AccountType.DEALER, null, null,
                null, null, null, null, null, null, null, null, territory.id(), null, null, null)).id();
        String eventId = UUID.randomUUID().toString();
        String itemId = ApiFixtures.unique("AI-");
        String body = """
                {"eventId": "%s", "items": [{"id": "%s", "accountId": "%s", "what": "Check the display",
                 "due": "%s"}]}""".formatted(eventId, itemId, account, Instant.now().plus(5, ChronoUnit.DAYS));

        JsonNode first = ok(body);
        assertThat(first.get("followUps").get(0).get("repId").asText()).isEqualTo(team.peerId().toString());
        long instance = first.get("followUps").get(0).get("processInstanceKey").asLong();
        process.awaitTask(team.peer(), instance, "task_follow_up_visit");

        mvc.perform(send(PATH, office, body)).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(jsonPath("$.followUps[0].processInstanceKey").value(instance));
        JsonNode sameItemNewEvent = ok(body.replace(eventId, UUID.randomUUID().toString()));
        assertThat(sameItemNewEvent.get("followUps").get(0).get("processInstanceKey").asLong()).isEqualTo(instance);
        assertThat(jdbc.sql("select count(*) from wf_process_instance where business_key = :k")
                .param("k", "action-item/" + itemId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesItemsWithoutRepOrAccountOrDueInThePastAndCallersWithoutTheScope() throws Exception {
        mvc.perform(send(PATH, office, """
                {"eventId": "%s", "items": [{"what": "Who?", "due": "%s"},
                 {"repId": "%s", "what": "Late", "due": "2020-01-01T00:00:00Z"}, {"repId": "%s", "what": "No due"}]}"""
                .formatted(UUID.randomUUID(), Instant.now().plus(1, ChronoUnit.DAYS), team.repId(), team.repId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[2].due"));
        mvc.perform(send(PATH, office, """
                {"eventId": "%s", "items": [{"what": "Who?", "due": "%s"},
                 {"repId": "%s", "what": "Late", "due": "2020-01-01T00:00:00Z"}]}"""
                .formatted(UUID.randomUUID(), Instant.now().plus(1, ChronoUnit.DAYS), team.repId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[0].repId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].due')]").exists());
        mvc.perform(send(PATH, key(keys, "crm"), """
                {"eventId": "%s", "items": [{"repId": "%s", "what": "x", "due": "%s"}]}"""
                .formatted(UUID.randomUUID(), team.repId(), Instant.now().plus(1, ChronoUnit.DAYS))))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tasks")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
    }
}
