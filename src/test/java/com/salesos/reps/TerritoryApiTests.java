package com.salesos.reps;

import static com.salesos.ApiFixtures.PASSWORD;
import static com.salesos.ApiFixtures.square;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class TerritoryApiTests {

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

    @BeforeEach
    void people() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
        rep = ApiFixtures.user(users, null, Role.REP);
    }

    MockHttpServletRequestBuilder create(String user, String body) {
        return post("/api/v1/territories").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void salesOpsCreatesTerritoryAndAnyoneReadsIt() throws Exception {
        String code = ApiFixtures.unique("T-");
        String id = ApiFixtures.id(mvc.perform(create(ops, """
                {"code": "%s", "name": "North", "region": "Test", "boundary": %s, "postalCodes": ["80801", "80802"]}"""
                .formatted(code, square(-30, 20, 0.1))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.boundary.type").value("Polygon")));

        mvc.perform(get("/api/v1/territories/" + id).with(httpBasic(rep, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.postalCodes[1]").value("80802"))
                .andExpect(jsonPath("$.boundary.coordinates[0][0][0]").isNumber());
        mvc.perform(get("/api/v1/territories?size=200").with(httpBasic(rep, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists())
                .andExpect(jsonPath("$.size").value(200)).andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void findsTheTerritoryThatHoldsAPlace() {
        double[] p = ApiFixtures.randomPlace();
        TerritoryView inner = territories.create(new NewTerritory(ApiFixtures.unique("PIP-"), "Place", null,
                json(square(p[0], p[1], 0.05)), null));

        assertThat(territories.territoryAt(p[0] + 0.04, p[1] - 0.04)).map(TerritoryView::id).contains(inner.id());
        assertThat(territories.territoryAt(p[0] + 0.06, p[1])).isEmpty();
    }

    @Test
    void refusesBoundaryThatIsNotAnArea() throws Exception {
        String code = ApiFixtures.unique("BAD-");
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}";
        String point = "{\"type\":\"Point\",\"coordinates\":[0,0]}";
        for (String boundary : new String[] { bowTie, open, point }) {
            mvc.perform(create(ops, "{\"code\": \"%s\", \"name\": \"x\", \"boundary\": %s}".formatted(code, boundary)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("boundary"));
        }
        assertThat(jdbc.queryForObject("select count(*) from sales_territory where code = ?", Long.class, code)).isZero();
    }

    @Test
    void namesMissingFieldsAndTakenCode() throws Exception {
        mvc.perform(create(ops, "{\"postalCodes\": [\"1\"]}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        mvc.perform(create(ops, "{\"code\": \"%s\", \"name\": \"x\"}".formatted(ApiFixtures.unique("E-"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("boundary"));
        String code = ApiFixtures.unique("DUP-");
        String body = "{\"code\": \"%s\", \"name\": \"x\", \"postalCodes\": [\"99999\"]}".formatted(code);
        mvc.perform(create(ops, body)).andExpect(status().isCreated());
        mvc.perform(create(ops, body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void unknownTerritoryIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/territories/" + UUID.randomUUID()).with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void repsAndKeysWithoutTheScopeMayNotCreate() throws Exception {
        String body = "{\"code\": \"%s\", \"name\": \"x\", \"postalCodes\": [\"1\"]}".formatted(ApiFixtures.unique("F-"));
        mvc.perform(create(rep, body)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String crmKey = apiKeys.issue(ApiFixtures.unique("crm-"), Set.of("crm"));
        mvc.perform(post("/api/v1/territories").header("X-API-Key", crmKey).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        String territoryKey = apiKeys.issue(ApiFixtures.unique("geo-"), Set.of("territories"));
        mvc.perform(post("/api/v1/territories").header("X-API-Key", territoryKey)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }

    @Test
    void retryWithSameIdempotencyKeyCreatesOnce() throws Exception {
        String code = ApiFixtures.unique("IDEM-");
        String body = "{\"code\": \"%s\", \"name\": \"x\", \"postalCodes\": [\"1\"]}".formatted(code);
        String key = UUID.randomUUID().toString();
        String first = ApiFixtures.id(mvc.perform(create(ops, body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        String second = ApiFixtures.id(mvc.perform(create(ops, body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from sales_territory where code = ?", Long.class, code)).isOne();
    }

    static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
