package com.salesos.accounts;

import static com.salesos.ApiFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.ApiFixtures;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
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
class AccountApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    String rep;
    double[] place;
    TerritoryView territory;
    String postalCode;

    @BeforeEach
    void setUp() throws Exception {
        rep = ApiFixtures.user(users, null, Role.REP);
        place = ApiFixtures.randomPlace();
        postalCode = ApiFixtures.unique("P");
        territory = territories.create(new NewTerritory(ApiFixtures.unique("A-"), "Accounts' land", null,
                json.readTree(ApiFixtures.square(place[0], place[1], 0.05)), List.of(postalCode)));
    }

    MockHttpServletRequestBuilder create(String user, String body) {
        return post("/api/v1/accounts").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void repCreatesAccountPlacedInTheTerritoryOfItsLocation() throws Exception {
        String id = ApiFixtures.id(mvc.perform(create(rep, """
                {"name": "Kiosk am Eck", "type": "STAND", "tier": "GOLD", "street": "Hauptstr. 1", "city": "Testheim",
                 "country": "DE", "lat": %s, "lon": %s, "email": "kiosk@example.com", "phone": "+49 1",
                 "openingHours": {"MONDAY": [{"from": "13:00", "to": "18:00"}, {"from": "08:00", "to": "12:00"}]}}"""
                .formatted(place[0] + 0.01, place[1] - 0.01)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.territoryId").value(territory.id().toString()))
                .andExpect(jsonPath("$.potential").value("MEDIUM"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.openingHours.MONDAY[0].from").value("08:00:00")));

        AccountView stored = accounts.get(UUID.fromString(id));
        assertThat(stored.openingHours().isOpen(DayOfWeek.MONDAY, LocalTime.of(9, 0))).isTrue();
        assertThat(stored.openingHours().isOpen(DayOfWeek.MONDAY, LocalTime.of(12, 30))).isFalse();
        assertThat(stored.openingHours().on(DayOfWeek.SUNDAY)).isEmpty();
        mvc.perform(get("/api/v1/accounts/" + id).with(httpBasic(rep, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.location.lon").value(place[1] - 0.01))
                .andExpect(jsonPath("$.address.city").value("Testheim"));
    }

    @Test
    void accountWithoutLocationFindsTerritoryByPostalCodeAndOutsideAllStaysWithout() throws Exception {
        mvc.perform(create(rep, "{\"name\": \"Post\", \"type\": \"DEALER\", \"postalCode\": \"%s\"}".formatted(postalCode)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.territoryId").value(territory.id().toString()));
        mvc.perform(create(rep, "{\"name\": \"Nowhere\", \"type\": \"DEALER\", \"lat\": 89.9, \"lon\": 0}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.territoryId").doesNotExist());
    }

    @Test
    void listsAccountsByTerritoryTypeTierAndText() throws Exception {
        String name = ApiFixtures.unique("Autohaus ");
        mvc.perform(create(rep, "{\"name\": \"%s\", \"type\": \"DEALER\", \"tier\": \"PLATINUM\", \"territoryId\": \"%s\"}"
                .formatted(name, territory.id()))).andExpect(status().isCreated());
        mvc.perform(create(rep, "{\"name\": \"%s 2\", \"type\": \"PARTNER\", \"territoryId\": \"%s\"}"
                .formatted(name, territory.id()))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/accounts").param("territoryId", territory.id().toString())
                .with(httpBasic(rep, PASSWORD))).andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/accounts").param("territoryId", territory.id().toString()).param("type", "DEALER")
                .param("tier", "PLATINUM").with(httpBasic(rep, PASSWORD)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].name").value(name));
        mvc.perform(get("/api/v1/accounts").param("q", name.toUpperCase()).with(httpBasic(rep, PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/accounts").param("tier", "DIAMOND").with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tier"));
    }

    @Test
    void namesEachInvalidField() throws Exception {
        mvc.perform(create(rep, "{\"lat\": 100, \"lon\": 200, \"country\": \"Germany\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lat')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lon')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'country')]").exists());
        String base = "\"name\": \"x\", \"type\": \"STAND\"";
        expectField("{%s, \"lat\": 10}".formatted(base), "lon");
        expectField("{%s, \"territoryId\": \"%s\"}".formatted(base, UUID.randomUUID()), "territoryId");
        expectField("{%s, \"timeZone\": \"Mars/Olympus\"}".formatted(base), "timeZone");
        expectField("{%s, \"openingHours\": {\"MONDAY\": [{\"from\": \"18:00\", \"to\": \"08:00\"}]}}".formatted(base),
                "openingHours.MONDAY[0]");
    }

    @Test
    void unknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/accounts/" + UUID.randomUUID()).with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void machineClientsNeedTheAccountsScope() throws Exception {
        String body = "{\"name\": \"Machine made\", \"type\": \"CUSTOMER\"}";
        String crmKey = apiKeys.issue(ApiFixtures.unique("cat-"), Set.of("catalog"));
        mvc.perform(post("/api/v1/accounts").header("X-API-Key", crmKey).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        String accountsKey = apiKeys.issue(ApiFixtures.unique("crm-"), Set.of("accounts"));
        mvc.perform(post("/api/v1/accounts").header("X-API-Key", accountsKey).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
    }

    @Test
    void retryWithSameIdempotencyKeyCreatesOnce() throws Exception {
        String name = ApiFixtures.unique("Once ");
        String body = "{\"name\": \"%s\", \"type\": \"STAND\"}".formatted(name);
        String key = UUID.randomUUID().toString();
        String first = ApiFixtures.id(mvc.perform(create(rep, body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        String second = ApiFixtures.id(mvc.perform(create(rep, body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from account where name = ?", Long.class, name)).isOne();
    }

    @Test
    void findsAccountsByContactForLeadDeDuplication() {
        String email = ApiFixtures.unique("buyer-") + "@example.com";
        AccountView account = accounts.create(new NewAccount("Contact", AccountType.CUSTOMER, null, null, null, null,
                null, null, null, null, null, null, null, null, email, null));
        assertThat(accounts.findByContact(email.toUpperCase(), null)).extracting(AccountView::id)
                .containsExactly(account.id());
        assertThat(accounts.findByContact(null, null)).isEmpty();
    }

    private void expectField(String body, String field) throws Exception {
        mvc.perform(create(rep, body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')]").exists());
    }
}
