package com.salesos.inbound;

import static com.salesos.SalesFixtures.PASSWORD;
import static com.salesos.inbound.InboundCalls.key;
import static com.salesos.inbound.InboundCalls.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.security.ApiKeyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Partner orders become orders tied to the partner and run the order part of the lifecycle. */
@SalesOsTest
class PartnerOrderTests {

    static final String PATH = "/api/v1/integrations/partners/orders";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    SalesFixtures.Team team;
    UUID partner;
    String sku;
    String partners;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        partner = SalesFixtures.asOps(() -> accounts.create(new NewAccount(SalesFixtures.unique("Partner "),
                AccountType.PARTNER, AccountTier.GOLD, "GOLD", null, null, null, null, null, null, null, null, null,
                null, null, null)).id());
        sku = fixtures.product("BEVERAGES", "4.00", "2.00", 100);
        partners = key(keys, "partners");
    }

    @Test
    void aPartnerOrderRunsToItsCommissionAndARetryChangesNothing() throws Exception {
        String ref = SalesFixtures.unique("PO-");
        String body = body(UUID.randomUUID().toString(), ref, team.repId(), sku, 10);
        String first = mvc.perform(send(PATH, partners, body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(true)).andExpect(jsonPath("$.processInstanceKey").isNumber())
                .andReturn().getResponse().getContentAsString();
        String orderId = json.readTree(first).path("orderId").asText();

        mvc.perform(send(PATH, partners, body)).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true")).andExpect(content().json(first, true));
        // the same partner reference under a new event id is the same order
        mvc.perform(send(PATH, partners, body(UUID.randomUUID().toString(), ref, team.repId(), sku, 10)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.orderId").value(orderId));
        assertThat(jdbc.queryForObject("select count(*) from sales_order where partner_id = ?", Integer.class,
                partner)).isEqualTo(1);

        JsonNode invoiced = awaitOrder(orderId, "INVOICED");
        assertThat(invoiced.path("source").asText()).isEqualTo("PARTNER");
        assertThat(invoiced.path("partnerId").asText()).isEqualTo(partner.toString());
        assertThat(invoiced.path("externalRef").asText()).isEqualTo(ref);
        assertThat(invoiced.path("total").path("amount").decimalValue()).isEqualByComparingTo("40.00");

        mvc.perform(post("/api/v1/messages").with(httpBasic(team.ops(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "InvoicePaid", "correlationKey": "%s", "timeToLive": "PT1M"}""".formatted(orderId)))
                .andExpect(status().isOk());
        JsonNode paid = await().atMost(Duration.ofSeconds(30)).until(() -> order(orderId),
                o -> o.hasNonNull("commission"));
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
    }

    @Test
    void badPartnerOrdersAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        mvc.perform(send(PATH, partners, """
                {"eventId": "%s", "partnerId": "%s", "externalRef": "X", "repId": "%s", "items": [{"sku": "%s", "quantity": 1}]}"""
                .formatted(UUID.randomUUID(), fixtures.account(AccountTier.STANDARD), team.repId(), sku)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partnerId"));
        mvc.perform(send(PATH, partners, body(UUID.randomUUID().toString(), "Y", team.repId(), "NOPE", 1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0].sku"));
        mvc.perform(send(PATH, partners, body(UUID.randomUUID().toString(), "Z", null, sku, 1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("repId"));
        mvc.perform(send(PATH, partners, """
                {"eventId": "e1", "partnerId": "%s", "items": []}""".formatted(partner)))
                .andExpect(status().isBadRequest());
        mvc.perform(send(PATH, key(keys, "inventory"), body(UUID.randomUUID().toString(), "W", team.repId(), sku, 1)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from sales_order where partner_id = ? or rep_id = ?",
                Integer.class, partner, team.repId())).isZero();
    }

    private String body(String eventId, String ref, UUID repId, String sku, int quantity) {
        return """
                {"eventId": "%s", "partnerId": "%s", "externalRef": "%s", %s "items": [{"sku": "%s", "quantity": %d}]}"""
                .formatted(eventId, partner, ref, repId == null ? "" : "\"repId\": \"" + repId + "\",", sku, quantity);
    }

    private JsonNode awaitOrder(String orderId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> order(orderId),
                o -> o.path("status").asText().equals(status));
    }

    private JsonNode order(String orderId) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/orders/" + orderId).with(httpBasic(team.ops(), PASSWORD)))
                .andReturn().getResponse().getContentAsString());
    }
}
