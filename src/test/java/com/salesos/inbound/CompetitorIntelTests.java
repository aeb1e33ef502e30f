package com.salesos.inbound;

import static com.salesos.ApiFixtures.PASSWORD;
import static com.salesos.inbound.InboundCalls.key;
import static com.salesos.inbound.InboundCalls.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.security.ApiKeyService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
class CompetitorIntelTests {

    static final String PATH = "/api/v1/integrations/competitor-intel";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    CompetitorIntel intel;

    TerritoryView territory;
    UUID account;
    String sender;

    @BeforeEach
    void accountInATerritory() {
        territory = territories.create(new NewTerritory(ApiFixtures.unique("CI-"), "Intel", null, null,
                List.of(ApiFixtures.unique("P"))));
        account = accounts.create(new NewAccount(ApiFixtures.unique("Dealer "), AccountType.DEALER, null, null, null,
                null, null, null, null, null, null, null, territory.id(), null, null, null)).id();
        sender = key(keys, "intel");
    }

    String observations(String eventId) {
        return """
                {"eventId": "%s", "items": [
                  {"competitor": "FizzCo", "sku": "COLA-05", "price": {"amount": 0.89, "currency": "EUR"},
                   "note": "two-for-one at the till", "observedAt": "2031-03-01T09:30:00+01:00", "source": "field",
                   "accountId": "%s"},
                  {"competitor": "BubbleBrands", "category": "water", "observedAt": "2031-03-02T10:00:00Z",
                   "source": "planning", "territoryCode": "%s"}]}""".formatted(eventId, account, territory.code());
    }

    @Test
    void observationsAreStoredAndFoundByAccountAndTerritory() throws Exception {
        mvc.perform(send(PATH, sender, observations(UUID.randomUUID().toString()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(2)).andExpect(jsonPath("$.ids.length()").value(2));

        assertThat(intel.forAccount(account)).singleElement().satisfies(o -> {
            assertThat(o.competitor()).isEqualTo("FizzCo");
            assertThat(o.price().amount()).isEqualByComparingTo("0.89");
            assertThat(o.observedAt()).hasToString("2031-03-01T08:30:00Z");
            assertThat(o.territoryId()).isEqualTo(territory.id());
        });
        assertThat(intel.forTerritory(territory.id())).extracting(CompetitorObservationView::competitor)
                .containsExactly("BubbleBrands", "FizzCo");

        String rep = ApiFixtures.user(users, null, Role.REP);
        mvc.perform(get(PATH).param("territoryId", territory.id().toString()).param("competitor", "fizzco")
                        .with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].note").value("two-for-one at the till"))
                .andExpect(jsonPath("$.items[0].accountId").value(account.toString()));
    }

    @Test
    void repeatedEventReturnsTheFirstAnswerAndStoresNothingMore() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String first = mvc.perform(send(PATH, sender, observations(eventId))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(send(PATH, sender, observations(eventId))).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true")).andExpect(content().json(first, true));
        assertThat(intel.forTerritory(territory.id())).hasSize(2);
    }

    @Test
    void malformedObservationsAreNamedAndNothingIsStored() throws Exception {
        mvc.perform(send(PATH, sender, """
                {"eventId": "%s", "items": [
                  {"competitor": "FizzCo", "observedAt": "2031-03-01T09:30:00Z", "source": "field", "accountId": "%s"},
                  {"competitor": "FizzCo", "observedAt": "2031-03-01T09:30:00Z", "source": "field"},
                  {"competitor": "FizzCo", "observedAt": "2031-03-01T09:30:00Z", "source": "field",
                   "territoryCode": "NOPE-%s", "price": {"amount": 1, "currency": "EURO"}},
                  {"competitor": "FizzCo", "observedAt": "2031-03-01T09:30:00Z", "source": "field",
                   "accountId": "%s"}]}""".formatted(UUID.randomUUID(), account, ApiFixtures.unique(""), UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("items[1].accountId"))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[2].price.currency')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[2].territoryCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[3].accountId')].message")
                        .value("is not a known account"));
        mvc.perform(send(PATH, sender, """
                {"eventId": "%s", "items": [{"competitor": "", "observedAt": "yesterday", "accountId": "%s"}]}"""
                .formatted(UUID.randomUUID(), account))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].observedAt"));
        assertThat(intel.forAccount(account)).isEmpty();
    }

    @Test
    void keyWithoutTheIntelScopeIsForbidden() throws Exception {
        mvc.perform(send(PATH, key(keys, "pricing"), observations(UUID.randomUUID().toString())))
                .andExpect(status().isForbidden());
        assertThat(intel.forAccount(account)).isEmpty();
    }
}
