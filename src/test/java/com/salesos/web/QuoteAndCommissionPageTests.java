package com.salesos.web;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.commissions.CommissionDecision;
import com.salesos.commissions.CommissionService;
import com.salesos.orders.OrderView;
import com.salesos.security.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Quotes (change the lines from the page), orders and my commissions with the rules that produced them. */
@SalesOsTest
class QuoteAndCommissionPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    CommissionService commissions;
    @Autowired
    ObjectMapper json;

    SalesFixtures.Team team;
    UUID account;
    String water;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        account = fixtures.account(AccountTier.STANDARD);
        water = fixtures.product("BEVERAGES", "7.90", "4.35", 500);
    }

    @Test
    void myCommissionsShowTheDecisionAndTheRulesThatMatchedAndOnlyToWhoMaySeeThem() throws Exception {
        OrderView order = SalesFixtures.asOps(() -> fixtures.paidOrder(team.repId(), account, water, 100,
                Instant.parse("2026-10-15T10:00:00Z")));
        SalesFixtures.asOps(() -> commissions.record(order.id(), new CommissionDecision("commission-rates", "3",
                new BigDecimal("0.05"), new BigDecimal("1.2"), List.of("rule_beverages_standard"),
                Map.of("category", "<b>BEVERAGES</b>"))));

        Document mine = page(get("/commissions").with(as(team.rep())));
        assertThat(mine.select("table.commissions tbody tr")).hasSize(1);
        assertThat(mine.select("table.commissions tbody tr").text()).contains("2026-10", "5 % × 1.2",
                "commission-rates", "v3", "rule_beverages_standard");
        assertThat(mine.select("code.rule").text()).isEqualTo("rule_beverages_standard");
        String html = mvc.perform(get("/commissions").with(as(team.rep()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("&lt;b&gt;BEVERAGES&lt;/b&gt;").doesNotContain("<b>BEVERAGES</b>");
        assertThat(page(get("/commissions").with(as(team.manager()))).select("code.rule").text())
                .contains("rule_beverages_standard");
        assertThat(page(get("/commissions").with(as(team.outsider()))).select("code.rule")).isEmpty();

        Document orderPage = page(get("/orders/" + order.id()).with(as(team.rep())));
        assertThat(orderPage.select("h1").text()).contains(order.number(), "PAID");
        mvc.perform(get("/orders/" + order.id()).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/orders/" + UUID.randomUUID()).with(as(team.rep()))).andExpect(status().isNotFound());
    }

    @Test
    void theRepChangesAQuotesLinesFromItsPageAndBadNumbersAreShownInline() throws Exception {
        String quoteId = quote("15");
        awaitQuote(quoteId, q -> q.path("status").asText().equals("PENDING_APPROVAL"));
        Document page = page(get("/quotes/" + quoteId).with(as(team.rep())));
        assertThat(page.select("input[name=quantity-0]").val()).isEqualTo("10");

        mvc.perform(post("/quotes/" + quoteId + "/items").param("quantity-0", "12").param("discount-0", "5")
                .with(as(team.rep()))).andExpect(status().isForbidden());
        mvc.perform(post("/quotes/" + quoteId + "/items").param("quantity-0", "12").param("discount-0", "5")
                .with(as(team.outsider())).with(csrf())).andExpect(status().isForbidden());
        Document refused = Jsoup.parse(mvc.perform(post("/quotes/" + quoteId + "/items").param("quantity-0", "1.5")
                .param("discount-0", "5").with(as(team.rep())).with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());
        assertThat(refused.select("[role=alert]").text()).contains("items[0].quantity", "whole number");
        assertThat(refused.select("input[name=quantity-0]").val()).isEqualTo("1.5");

        mvc.perform(post("/quotes/" + quoteId + "/items").param("quantity-0", "12").param("discount-0", "5")
                .with(as(team.rep())).with(csrf())).andExpect(redirectedUrl("/quotes/" + quoteId));

        // 5 % needs no approval: the changed quote goes back through the guardrails and is sent
        JsonNode sent = awaitQuote(quoteId, q -> q.path("status").asText().equals("SENT"));
        assertThat(sent.path("revision").asInt()).isEqualTo(2);
        assertThat(sent.path("items").get(0).path("quantity").asInt()).isEqualTo(12);
    }

    private String quote(String discountPercent) throws Exception {
        String body = """
                {"repId": "%s", "accountId": "%s", "items": [{"sku": "%s", "quantity": 10, "discountPercent": %s}]}"""
                .formatted(team.repId(), account, water, discountPercent);
        return SalesFixtures.id(mvc.perform(post("/api/v1/sales-reps/quote").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    private JsonNode awaitQuote(String quoteId, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> json.readTree(mvc.perform(get("/api/v1/quotes/" + quoteId)
                        .with(httpBasic(team.ops(), PASSWORD))).andReturn().getResponse().getContentAsString()),
                        condition);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
