package com.salesos.reps;

import static com.salesos.ApiFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.salesos.ApiFixtures;
import com.salesos.security.ApiKeyService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RepApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    TerritoryService territories;
    @Autowired
    JdbcTemplate jdbc;

    String ops;
    String rep;
    UUID territoryId;

    @BeforeEach
    void setUp() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
        rep = ApiFixtures.user(users, null, Role.REP);
        territoryId = territories.create(new NewTerritory(ApiFixtures.unique("R-"), "Reps' land", null, null,
                List.of("12345"))).id();
    }

    MockHttpServletRequestBuilder create(String user, String body) {
        return post("/api/v1/sales-reps/create").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String email() {
        return ApiFixtures.unique("rep-") + "@example.com";
    }

    String managerId() throws Exception {
        return ApiFixtures.id(mvc.perform(create(ops, """
                {"firstName": "Mia", "lastName": "Manager", "email": "%s", "role": "MANAGER"}""".formatted(email())))
                .andExpect(status().isCreated()));
    }

    @Test
    void createsRepWithEverythingAndTheRepCanSignIn() throws Exception {
        String managerId = managerId();
        String username = ApiFixtures.unique("field-");
        String id = ApiFixtures.id(mvc.perform(create(ops, """
                {"firstName": "Fritz", "lastName": "Feld", "email": "%s", "phone": "+49 89 1234", "role": "FIELD",
                 "managerId": "%s", "territoryIds": ["%s"], "homeBase": {"lat": 48.15, "lon": 11.58},
                 "timeZone": "Europe/Berlin", "quota": {"amount": 120000, "currency": "EUR", "period": "QUARTER"},
                 "username": "%s", "password": "field-secret"}""".formatted(email(), managerId, territoryId, username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.managerId").value(managerId))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.homeBase.lat").value(48.15))
                .andExpect(jsonPath("$.quota.period").value("QUARTER"))
                .andExpect(jsonPath("$.territories[0].territoryId").value(territoryId.toString()))
                .andExpect(jsonPath("$.territories[0].primary").value(false)));

        assertThat(users.findByUsername(username)).hasValueSatisfying(u -> {
            assertThat(u.repId()).hasToString(id);
            assertThat(u.roles()).containsExactly(Role.REP);
        });
        mvc.perform(get("/api/v1/sales-reps/" + id).with(httpBasic(username, "field-secret")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.firstName").value("Fritz"));
    }

    @Test
    void listsRepsByTerritoryStatusAndText() throws Exception {
        String lastName = ApiFixtures.unique("Zander");
        String id = ApiFixtures.id(mvc.perform(create(ops, """
                {"firstName": "Zoe", "lastName": "%s", "email": "%s", "territoryIds": ["%s"]}"""
                .formatted(lastName, email(), territoryId))).andExpect(status().isCreated()));
        mvc.perform(create(ops, "{\"firstName\": \"Other\", \"lastName\": \"%s\", \"email\": \"%s\"}"
                .formatted(lastName, email()))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/sales-reps/list").param("territoryId", territoryId.toString())
                        .with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id)).andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/v1/sales-reps/list").param("q", "zoe " + lastName.toLowerCase())
                .param("status", "ACTIVE").with(httpBasic(rep, PASSWORD))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/sales-reps/list").param("q", lastName).param("size", "1")
                .with(httpBasic(rep, PASSWORD))).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/sales-reps/list").param("q", lastName).param("status", "INACTIVE")
                .with(httpBasic(rep, PASSWORD))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/sales-reps/list").param("status", "SLEEPING").with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void namesEachInvalidField() throws Exception {
        mvc.perform(create(ops, "{\"email\": \"not-an-email\", \"homeBase\": {\"lat\": 1, \"lon\": 2}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'firstName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lastName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
        String base = "\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"%s\"".formatted(email());
        expectField("{%s, \"managerId\": \"%s\"}".formatted(base, UUID.randomUUID()), "managerId");
        expectField("{%s, \"timeZone\": \"CEST\"}".formatted(base), "timeZone");
        expectField("{%s, \"quota\": {\"amount\": 1, \"currency\": \"XXQ\", \"period\": \"YEAR\"}}".formatted(base),
                "quota.currency");
        expectField("{%s, \"homeBase\": {\"lat\": 91, \"lon\": 0}}".formatted(base), "homeBase");
        expectField("{%s, \"territoryIds\": [\"%s\"]}".formatted(base, UUID.randomUUID()), "territoryIds[0]");
        expectField("{%s, \"username\": \"%s\"}".formatted(base, ApiFixtures.unique("u")), "password");
        expectField("{%s, \"role\": \"BOSS\"}".formatted(base), "role");
    }

    @Test
    void refusesManagerWhoIsNotAManagerAndTakenEmail() throws Exception {
        String email = email();
        String fieldRep = ApiFixtures.id(mvc.perform(create(ops,
                "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"%s\"}".formatted(email)))
                .andExpect(status().isCreated()));
        expectField("{\"firstName\": \"C\", \"lastName\": \"D\", \"email\": \"%s\", \"managerId\": \"%s\"}"
                .formatted(email(), fieldRep), "managerId");
        expectField("{\"firstName\": \"C\", \"lastName\": \"D\", \"email\": \"%s\"}".formatted(email.toUpperCase()),
                "email");
    }

    @Test
    void refusesSecondPrimaryRepForTheSameTerritoryAndPeriod() throws Exception {
        String body = "{\"firstName\": \"P\", \"lastName\": \"Rimary\", \"email\": \"%s\", \"primaryTerritoryId\": \"%s\"}";
        mvc.perform(create(ops, body.formatted(email(), territoryId))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.territories[0].primary").value(true));
        String secondEmail = email();
        expectField(body.formatted(secondEmail, territoryId), "primaryTerritoryId");
        assertThat(jdbc.queryForObject("select count(*) from sales_rep where email = ?", Long.class, secondEmail))
                .as("nothing half-written").isZero();
    }

    @Test
    void databaseRefusesOverlappingPrimaryAssignmentsToo() throws Exception {
        UUID repId = UUID.fromString(ApiFixtures.id(mvc.perform(create(ops,
                "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"%s\"}".formatted(email())))));
        String insert = "insert into sales_rep_territory_assignment (id, rep_id, territory_id, valid_from, valid_to,"
                + " primary_assignment, created_at) values (?, ?, ?, ?::date, ?::date, true, now())";
        jdbc.update(insert, UUID.randomUUID(), repId, territoryId, "2024-01-01", "2024-06-30");
        jdbc.update(insert, UUID.randomUUID(), repId, territoryId, "2024-07-01", null);
        assertThatThrownBy(() -> jdbc.update(insert, UUID.randomUUID(), repId, territoryId, "2024-06-30", "2024-07-01"))
                .hasMessageContaining("sales_rep_territory_one_primary");
    }

    @Test
    void unknownRepIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/sales-reps/" + UUID.randomUUID()).with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyManagersOpsAdminsAndTheRepsScopeCreateReps() throws Exception {
        String body = "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"%s\"}";
        mvc.perform(create(rep, body.formatted(email()))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String manager = ApiFixtures.user(users, null, Role.MANAGER);
        mvc.perform(create(manager, body.formatted(email()))).andExpect(status().isCreated());
        String crmKey = apiKeys.issue(ApiFixtures.unique("crm-"), Set.of("crm"));
        mvc.perform(post("/api/v1/sales-reps/create").header("X-API-Key", crmKey)
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(email())))
                .andExpect(status().isForbidden());
        String repsKey = apiKeys.issue(ApiFixtures.unique("hr-"), Set.of("reps"));
        mvc.perform(post("/api/v1/sales-reps/create").header("X-API-Key", repsKey)
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted(email())))
                .andExpect(status().isCreated());
    }

    @Test
    void retryWithSameIdempotencyKeyCreatesOnce() throws Exception {
        String email = email();
        String body = "{\"firstName\": \"A\", \"lastName\": \"B\", \"email\": \"%s\"}".formatted(email);
        String key = UUID.randomUUID().toString();
        String first = ApiFixtures.id(mvc.perform(create(ops, body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        String second = ApiFixtures.id(mvc.perform(create(ops, body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from sales_rep where email = ?", Long.class, email)).isOne();
    }

    private void expectField(String body, String field) throws Exception {
        mvc.perform(create(ops, body)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')]").exists());
    }
}
