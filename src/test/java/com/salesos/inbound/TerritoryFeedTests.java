package com.salesos.inbound;

import static com.salesos.inbound.InboundCalls.key;
import static com.salesos.inbound.InboundCalls.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.security.ApiKeyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two small squares A and B side by side on one latitude, and three accounts: one at 0.08° east of A's centre,
 * one at 0.15° and one at 0.25°. Hand-checked: A spans -0.1..0.1 and B 0.2..0.4, so the first lies in A, the third
 * in B and the second in neither; when A shrinks to -0.1..0.05 and B grows to 0.06..0.4, the first moves from A to
 * B and the second from none to B, and the third stays.
 */
@SalesOsTest
class TerritoryFeedTests {

    static final String PATH = "/api/v1/integrations/territories";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    ObjectMapper json;

    double lat;
    double lon;
    String a;
    String b;
    String planning;

    @BeforeEach
    void place() {
        double[] p = ApiFixtures.randomPlace();
        lat = p[0];
        lon = Math.max(-169, Math.min(169, p[1]));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        a = "TA-" + suffix;
        b = "TB-" + suffix;
        planning = key(keys, "territories");
    }

    UUID account(double eastOfCentre) {
        return accounts.create(new NewAccount(ApiFixtures.unique("Kiosk "), AccountType.STAND, null, null, null, null,
                null, null, lat, lon + eastOfCentre, null, null, null, null, null, null)).id();
    }

    /** A rectangle from {@code west} to {@code east} degrees east of the centre, 0.1° either side of its latitude. */
    String polygon(double west, double east) {
        String w = String.format(Locale.ROOT, "%f", lon + west);
        String e = String.format(Locale.ROOT, "%f", lon + east);
        String s = String.format(Locale.ROOT, "%f", lat - 0.1);
        String n = String.format(Locale.ROOT, "%f", lat + 0.1);
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
                .formatted(w, s, e, s, e, n, w, n, w, s);
    }

    String feed(String eventId, double aWest, double aEast, double bWest, double bEast) {
        return """
                {"eventId": "%s", "items": [{"code": "%s", "name": "A", "boundary": %s},
                  {"code": "%s", "name": "B", "boundary": %s, "postalCodes": ["%s"]}]}"""
                .formatted(eventId, a, polygon(aWest, aEast), b, polygon(bWest, bEast), b);
    }

    Map<String, JsonNode> movesOf(String answer, List<UUID> mine) throws Exception {
        Map<String, JsonNode> moves = new java.util.HashMap<>();
        json.readTree(answer).path("accountMoves").forEach(m -> {
            if (mine.contains(UUID.fromString(m.path("accountId").asText()))) {
                moves.put(m.path("accountId").asText(), m);
            }
        });
        return moves;
    }

    @Test
    void redrawnTerritoriesMoveTheAccountsWhosePlaceChangedTerritory() throws Exception {
        UUID first = account(0.08);
        UUID second = account(0.15);
        UUID third = account(0.25);
        List<UUID> mine = List.of(first, second, third);

        String created = mvc.perform(send(PATH, planning, feed(UUID.randomUUID().toString(), -0.1, 0.1, 0.2, 0.4)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created[0]").value(a))
                .andExpect(jsonPath("$.created[1]").value(b)).andReturn().getResponse().getContentAsString();
        Map<String, JsonNode> initial = movesOf(created, mine);
        assertThat(initial).containsOnlyKeys(first.toString(), third.toString());
        assertThat(initial.get(first.toString()).path("toTerritory").asText()).isEqualTo(a);
        assertThat(initial.get(third.toString()).path("toTerritory").asText()).isEqualTo(b);

        String redrawn = mvc.perform(send(PATH, planning, feed(UUID.randomUUID().toString(), -0.1, 0.05, 0.06, 0.4)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updated.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        Map<String, JsonNode> moves = movesOf(redrawn, mine);
        assertThat(moves).containsOnlyKeys(first.toString(), second.toString());
        assertThat(moves.get(first.toString()).path("fromTerritory").asText()).isEqualTo(a);
        assertThat(moves.get(first.toString()).path("toTerritory").asText()).isEqualTo(b);
        assertThat(moves.get(second.toString()).path("fromTerritory").isMissingNode()).isTrue();
        assertThat(moves.get(second.toString()).path("toTerritory").asText()).isEqualTo(b);

        UUID bId = territories.findByCode(b).map(TerritoryView::id).orElseThrow();
        assertThat(mine).allSatisfy(id -> assertThat(accounts.get(id).territoryId()).isEqualTo(bId));
    }

    @Test
    void repeatedEventReturnsTheFirstAnswerAndChangesNothing() throws Exception {
        UUID kiosk = account(0.08);
        String eventId = UUID.randomUUID().toString();
        String first = mvc.perform(send(PATH, planning, feed(eventId, -0.1, 0.1, 0.2, 0.4))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(send(PATH, planning, feed(eventId, -0.1, 0.05, 0.06, 0.4))).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true")).andExpect(content().json(first, true));

        UUID aId = territories.findByCode(a).map(TerritoryView::id).orElseThrow();
        assertThat(accounts.get(kiosk).territoryId()).isEqualTo(aId);
        assertThat(territories.findByCode(a).orElseThrow().boundary()).contains(
                // as JSON writes the number again: without the trailing zeros that "%f" pads with
                new java.math.BigDecimal(String.format(Locale.ROOT, "%f", lon + 0.1)).stripTrailingZeros()
                        .toPlainString());
    }

    @Test
    void malformedDefinitionsAreNamedAndNothingIsCreated() throws Exception {
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";
        mvc.perform(send(PATH, planning, """
                {"eventId": "%s", "items": [{"code": "%s", "name": "A", "postalCodes": ["1"]},
                  {"code": "%s", "name": "B", "boundary": %s}, {"code": "%s", "name": "C"}, {"code": "x y"}]}"""
                .formatted(UUID.randomUUID(), a, b, bowTie, b + "C")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[3].code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[3].name')]").exists());
        mvc.perform(send(PATH, planning, """
                {"eventId": "%s", "items": [{"code": "%s", "name": "A", "postalCodes": ["1"]},
                  {"code": "%s", "name": "B", "boundary": %s}, {"code": "%s", "name": "C"}]}"""
                .formatted(UUID.randomUUID(), a, b, bowTie, b + "C")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[1].boundary"))
                .andExpect(jsonPath("$.errors[1].field").value("items[2].boundary"));
        assertThat(territories.findByCode(a)).isEmpty();
    }

    @Test
    void keyWithoutTheTerritoriesScopeIsForbidden() throws Exception {
        mvc.perform(send(PATH, key(keys, "intel"), feed(UUID.randomUUID().toString(), -0.1, 0.1, 0.2, 0.4)))
                .andExpect(status().isForbidden());
        assertThat(territories.findByCode(a)).isEmpty();
    }
}
