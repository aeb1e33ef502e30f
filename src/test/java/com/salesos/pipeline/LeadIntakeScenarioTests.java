package com.salesos.pipeline;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import com.salesos.platform.GeoPoint;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** CRM leads through {@code POST /api/v1/integrations/crm/leads} and the lead intake process they start. */
@SalesOsTest
class LeadIntakeScenarioTests {

    static final String PATH = "/api/v1/integrations/crm/leads";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    ApiKeyService keys;
    @Autowired
    InstanceTimers timers;
    @Autowired
    LeadIntake intake;
    @Autowired
    JdbcClient jdbc;

    FieldFixtures.Team team;
    GeoPoint place;
    TerritoryView territory;
    String postalCode;
    String crm;
    ProcessApi process;

    @BeforeEach
    void territoryWithAPrimaryRep() throws Exception {
        place = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, place);
        postalCode = ApiFixtures.unique("P");
        territory = territories.create(new NewTerritory(ApiFixtures.unique("LI-"), "Lead land", null,
                json.readTree(ApiFixtures.square(place.lat(), place.lon(), 0.5)), List.of(postalCode)));
        reps.assignTerritory(team.repId(), territory.id(), LocalDate.now().minusDays(1), null, true);
        crm = keys.issue(ApiFixtures.unique("crm-"), Set.of("crm"));
        process = new ProcessApi(mvc, json, PASSWORD);
    }

    ResultActions send(String apiKey, String body) throws Exception {
        return mvc.perform(post(PATH).header("X-API-Key", apiKey).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String lead(String externalId, String email, String where) {
        return """
                {"externalId": "%s", "source": "WEB", "contactName": "Eva Roth", "email": "%s",
                 "company": "Kiosk Roth", "score": 60%s}""".formatted(externalId, email, where);
    }

    String inside() {
        return ", \"lat\": %s, \"lon\": %s".formatted(place.lat() + 0.1, place.lon() - 0.1);
    }

    JsonNode received(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    JsonNode leadView(String id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/leads/" + id).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aNewLeadGoesToTheTerritorysRepWithAnSlaThatEscalatesAndAQualifiedLeadBecomesOneDeal() throws Exception {
        String email = ApiFixtures.unique("eva-") + "@lead.example";
        JsonNode answer = received(send(crm, """
                {"eventId": "%s", "lead": %s}""".formatted(UUID.randomUUID(), lead(ApiFixtures.unique("CRM-"), email,
                inside()))));
        assertThat(answer.get("created").asInt()).isEqualTo(1);
        String leadId = answer.get("leads").get(0).get("leadId").asText();
        long instance = answer.get("leads").get(0).get("processInstanceKey").asLong();

        JsonNode task = process.awaitTask(team.rep(), instance, "task_contact_lead");
        assertThat(task.get("assignee").asText()).isEqualTo(team.rep());
        JsonNode lead = leadView(leadId);
        assertThat(lead.get("assignedRepId").asText()).isEqualTo(team.repId().toString());
        assertThat(lead.get("territoryId").asText()).isEqualTo(territory.id().toString());
        assertThat(lead.get("processInstanceKey").asLong()).isEqualTo(instance);
        assertThat(jdbc.sql("select count(*) from outbox_event where type = 'lead.assigned' and subject = :s"
                + " and data ->> 'repId' = :rep").param("s", "lead/" + leadId).param("rep", team.repId().toString())
                .query(Long.class).single()).isEqualTo(1);

        JsonNode variables = process.instance(team.ops(), instance).get("variables");
        assertThat(variables.get("territoryCode").asText()).isEqualTo(territory.code());
        assertThat(variables.get("priority").asText()).isIn("HIGH", "MEDIUM", "LOW");
        Duration sla = Duration.parse(variables.get("leadSla").get("contactWithin").asText());
        String escalateTo = variables.get("leadSla").get("escalateTo").asText();
        Instant due = Instant.parse(task.get("dueDate").asText());
        assertThat(due).isBetween(Instant.parse(task.get("createdAt").asText()).plus(sla).minusSeconds(5),
                Instant.parse(task.get("createdAt").asText()).plus(sla).plusSeconds(5));

        assertThat(timers.advance(instance, sla.minusMinutes(5))).isZero();
        assertThat(timers.advance(instance, sla.plusMinutes(5))).isEqualTo(1);
        String chaser = "sales_ops".equals(escalateTo) ? team.ops() : team.manager();
        JsonNode chase = process.awaitTask(chaser, instance, "task_chase_overdue_lead");
        assertThat(chase.get("candidateGroups")).extracting(JsonNode::asText).containsExactly(
                "sales_ops".equals(escalateTo) ? "sales_ops" : "team:" + team.managerId());
        assertThat(process.task(team.rep(), instance, "task_contact_lead")).as("the rep's task stays").isPresent();

        process.complete(team.rep(), task, Map.of("qualification", "QUALIFIED"));
        String dealId = await().atMost(ProcessApi.WAIT).until(() -> leadView(leadId), l -> l.has("dealId"))
                .get("dealId").asText();
        lead = leadView(leadId);
        assertThat(lead.get("status").asText()).isEqualTo("CONVERTED");
        mvc.perform(get("/api/v1/deals/" + dealId).with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.repId").value(team.repId().toString()))
                .andExpect(jsonPath("$.accountId").value(lead.get("accountId").asText()))
                .andExpect(jsonPath("$.stage").value("QUALIFICATION"));
        mvc.perform(get("/api/v1/accounts/" + lead.get("accountId").asText()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.territoryId").value(territory.id().toString()))
                .andExpect(jsonPath("$.email").value(email));

        // deals.create runs again (at-least-once): the same deal
        assertThat(intake.createDeal(UUID.fromString(leadId), team.repId()).toString()).isEqualTo(dealId);
        process.complete(team.manager().equals(chaser) ? team.manager() : team.ops(), chase, Map.of());
        JsonNode done = process.awaitState(team.ops(), instance, "COMPLETED");
        assertThat(ProcessApi.passed(done, "end_deal_created")).isTrue();
    }

    @Test
    void aLeadFoundByPostalCodeIsDisqualifiedWithTheRepsReason() throws Exception {
        JsonNode answer = received(send(crm, """
                {"eventId": "%s", "items": [%s]}""".formatted(UUID.randomUUID(), lead(ApiFixtures.unique("CRM-"),
                ApiFixtures.unique("max-") + "@lead.example", ", \"postalCode\": \"" + postalCode + "\""))));
        String leadId = answer.get("leads").get(0).get("leadId").asText();
        long instance = answer.get("leads").get(0).get("processInstanceKey").asLong();

        JsonNode task = process.awaitTask(team.rep(), instance, "task_contact_lead");
        process.complete(team.rep(), task, Map.of("qualification", "DISQUALIFIED", "disqualificationReason",
                "Student project, no budget"));

        JsonNode done = process.awaitState(team.ops(), instance, "COMPLETED");
        assertThat(ProcessApi.passed(done, "end_lead_closed")).isTrue();
        JsonNode lead = leadView(leadId);
        assertThat(lead.get("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(lead.get("disqualifyReason").asText()).isEqualTo("Student project, no budget");
        assertThat(lead.get("territoryId").asText()).isEqualTo(territory.id().toString());
        assertThat(lead.has("dealId")).isFalse();
    }

    @Test
    void aRepeatedOrDuplicateLeadUpdatesTheFirstAndALeadOfAKnownAccountIsClosedAsItsDuplicate() throws Exception {
        String externalId = ApiFixtures.unique("CRM-");
        String email = ApiFixtures.unique("anna-") + "@lead.example";
        String first = received(send(crm, "{\"eventId\": \"%s\", \"lead\": %s}".formatted(UUID.randomUUID(),
                lead(externalId, email, inside())))).get("leads").get(0).get("leadId").asText();

        JsonNode again = received(send(crm, "{\"eventId\": \"%s\", \"lead\": %s}".formatted(UUID.randomUUID(),
                lead(externalId, email, inside()).replace("Eva Roth", "Eva Roth-Maier"))));
        assertThat(again.get("leads").get(0).get("outcome").asText()).isEqualTo("UPDATED");
        assertThat(again.get("leads").get(0).get("matchedBy").asText()).isEqualTo("externalId");
        assertThat(again.get("leads").get(0).get("leadId").asText()).isEqualTo(first);
        assertThat(leadView(first).get("contactName").asText()).isEqualTo("Eva Roth-Maier");

        String otherExternalId = ApiFixtures.unique("CRM-");
        JsonNode byEmail = received(send(crm, "{\"eventId\": \"%s\", \"items\": [%s, %s]}".formatted(UUID.randomUUID(),
                lead(otherExternalId, email.toUpperCase(), ""), lead(otherExternalId, email, ""))));
        assertThat(byEmail.get("leads")).extracting(l -> l.get("leadId").asText()).containsOnly(first);
        assertThat(byEmail.get("leads")).extracting(l -> l.get("matchedBy").asText())
                .containsExactly("email", "externalId");
        assertThat(byEmail.get("created").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from lead where lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single()).as("never doubled").isEqualTo(1);

        String customerEmail = ApiFixtures.unique("shop-") + "@account.example";
        UUID account = accounts.create(new NewAccount(ApiFixtures.unique("Shop "), AccountType.CUSTOMER, null, null,
                null, null, null, null, null, null, null, null, null, null, customerEmail, null)).id();
        JsonNode known = received(send(crm, "{\"eventId\": \"%s\", \"lead\": %s}".formatted(UUID.randomUUID(),
                lead(ApiFixtures.unique("CRM-"), customerEmail, inside()))));
        String leadId = known.get("leads").get(0).get("leadId").asText();
        long instance = known.get("leads").get(0).get("processInstanceKey").asLong();
        JsonNode done = process.awaitState(team.ops(), instance, "COMPLETED");
        assertThat(ProcessApi.passed(done, "end_duplicate_closed")).isTrue();
        assertThat(done.get("variables").get("duplicateOf").asText()).isEqualTo(account.toString());
        JsonNode closed = leadView(leadId);
        assertThat(closed.get("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(closed.get("duplicateOfAccountId").asText()).isEqualTo(account.toString());
        assertThat(ProcessApi.passed(done, "task_assign_territory")).isFalse();
    }

    @Test
    void aLeadNoTerritoryCoversStopsAsAnIncidentNamingIt() throws Exception {
        JsonNode answer = received(send(crm, "{\"eventId\": \"%s\", \"lead\": %s}".formatted(UUID.randomUUID(),
                lead(ApiFixtures.unique("CRM-"), ApiFixtures.unique("far-") + "@lead.example",
                        ", \"lat\": 85.5, \"lon\": 12.5"))));
        String leadId = answer.get("leads").get(0).get("leadId").asText();
        long instance = answer.get("leads").get(0).get("processInstanceKey").asLong();

        JsonNode stuck = process.awaitState(team.ops(), instance, "INCIDENT");
        assertThat(stuck.get("incidents").get(0).get("elementId").asText()).isEqualTo("task_assign_territory");
        assertThat(stuck.get("incidents").get(0).get("message").asText()).contains("No territory covers lead " + leadId);
        assertThat(leadView(leadId).has("assignedRepId")).isFalse();
    }

    @Test
    void aRepeatedCallAnswersAsTheFirstAndChangesNothing() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String body = "{\"lead\": %s}".formatted(lead(ApiFixtures.unique("CRM-"),
                ApiFixtures.unique("ida-") + "@lead.example", inside()));
        JsonNode first = received(mvc.perform(post(PATH).header("X-API-Key", crm).header("Idempotency-Key", eventId)
                .contentType(MediaType.APPLICATION_JSON).content(body)));
        JsonNode repeat = received(mvc.perform(post(PATH).header("X-API-Key", crm).header("Idempotency-Key", eventId)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(header().string("Idempotency-Replayed",
                        "true")));
        assertThat(repeat).isEqualTo(first);
        assertThat(first.get("leads").get(0).get("outcome").asText()).isEqualTo("CREATED");
        assertThat(jdbc.sql("select count(*) from wf_process_instance where business_key = :k")
                .param("k", "lead/" + first.get("leads").get(0).get("leadId").asText()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void refusesMalformedLeadsNamingTheFieldAndCallersWithoutTheScope() throws Exception {
        send(crm, "{\"eventId\": \"%s\", \"items\": [%s, %s]}".formatted(UUID.randomUUID(),
                lead(ApiFixtures.unique("CRM-"), "ok@lead.example", ", \"lat\": 10"),
                lead(ApiFixtures.unique("CRM-"), "ok2@lead.example", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].lon"));
        send(crm, "{\"eventId\": \"%s\", \"items\": [{\"externalId\": \"x\", \"source\": \"WEB\"}]}"
                .formatted(UUID.randomUUID())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].contactName"));
        send(crm, "{\"eventId\": \"%s\"}".formatted(UUID.randomUUID())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
        send(crm, "{\"lead\": %s}".formatted(lead("no-event-id", "n@lead.example", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventId"));
        send(keys.issue(ApiFixtures.unique("intel-"), Set.of("intel")), "{\"eventId\": \"%s\", \"lead\": %s}"
                .formatted(UUID.randomUUID(), lead(ApiFixtures.unique("CRM-"), "s@lead.example", "")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from lead where email in ('ok@lead.example', 'ok2@lead.example',"
                + " 'n@lead.example', 's@lead.example')").query(Long.class).single()).isZero();
    }
}
