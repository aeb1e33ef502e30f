package com.salesos.quotes;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.activity.ActivityLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SalesOsTest
class QuoteApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    ActivityLog activity;

    SalesFixtures.Team team;
    UUID account;
    String water;
    String gum;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        account = fixtures.account(AccountTier.STANDARD);
        water = fixtures.product("BEVERAGES", "7.90", "4.35", 500);
        gum = fixtures.product("SNACKS", "0.99", "0.55", 500);
    }

    MockHttpServletRequestBuilder create(String user, String body) {
        return post("/api/v1/sales-reps/quote").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    String body(UUID repId, String items) {
        return """
                {"repId": "%s", "accountId": "%s", "items": [%s]}""".formatted(repId, account, items);
    }

    String twoLines() {
        return """
                {"sku": "%s", "quantity": 12, "discountPercent": 7.5}, {"sku": "%s", "quantity": 7, "discountPercent": 12.5}"""
                .formatted(water, gum);
    }

    @Test
    void pricesLinesFromTheCurrentPriceListWithTotalsAndMargin() throws Exception {
        String id = SalesFixtures.id(mvc.perform(create(team.rep(), body(team.repId(), twoLines())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/quotes/")))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("Q-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.currency").value("EUR"))
                // 7.90 × 12 = 94.80, 7.5 % off = 7.11, line 87.69
                .andExpect(jsonPath("$.items[0].lineSubtotal.amount").value(94.80))
                .andExpect(jsonPath("$.items[0].lineDiscount.amount").value(7.11))
                .andExpect(jsonPath("$.items[0].lineTotal.amount").value(87.69))
                // 0.99 × 7 = 6.93, 12.5 % off = 0.86625 → 0.87 (HALF_UP), line 6.06
                .andExpect(jsonPath("$.items[1].lineDiscount.amount").value(0.87))
                .andExpect(jsonPath("$.items[1].lineTotal.amount").value(6.06))
                .andExpect(jsonPath("$.subtotal.amount").value(101.73))
                .andExpect(jsonPath("$.discountTotal.amount").value(7.98))
                .andExpect(jsonPath("$.total.amount").value(93.75))
                // cost 4.35 × 12 + 0.55 × 7 = 56.05; margin 37.70 = 40.21 % of 93.75
                .andExpect(jsonPath("$.costTotal.amount").value(56.05))
                .andExpect(jsonPath("$.margin.amount").value(37.70))
                .andExpect(jsonPath("$.marginPercent").value(40.21))
                .andExpect(jsonPath("$.discountPercent").value(7.84)));

        mvc.perform(get("/api/v1/quotes/" + id).with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.amount").value(93.75)).andExpect(jsonPath("$.items.length()").value(2));
        assertThat(activity.forSubject("quote", id)).extracting(ActivityLog.Entry::action)
                .contains("quote.created", "quote.process-started");
    }

    @Test
    void namesTheOffendingLinePart() throws Exception {
        mvc.perform(create(team.rep(), body(team.repId(), """
                {"sku": "%s", "quantity": 1}, {"sku": "NO-SUCH-SKU", "quantity": 1}""".formatted(water))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("items[1].sku"));
        mvc.perform(create(team.rep(), body(team.repId(), """
                {"sku": "%s", "quantity": 0, "discountPercent": 101}""".formatted(water))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[0].quantity')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[0].discountPercent')]").exists());
        mvc.perform(create(team.rep(), body(team.repId(), """
                {"sku": "%s", "quantity": 1, "discountPercent": -1}""".formatted(water))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0].discountPercent"));
        mvc.perform(create(team.rep(), """
                {"repId": "%s", "accountId": "%s", "currency": "USD", "items": [{"sku": "%s", "quantity": 1}]}"""
                .formatted(team.repId(), account, water)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0]"));
        mvc.perform(create(team.rep(), """
                {"accountId": "%s", "items": []}""".formatted(account)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'repId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items')]").exists());
        mvc.perform(create(team.rep(), """
                {"repId": "%s", "accountId": "%s", "items": [{"sku": "%s", "quantity": 1}]}"""
                .formatted(team.repId(), UUID.randomUUID(), water)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountId"));
    }

    @Test
    void unknownQuoteIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/quotes/" + UUID.randomUUID()).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void retryWithTheSameIdempotencyKeyCreatesOneQuote() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = SalesFixtures.id(mvc.perform(create(team.rep(), body(team.repId(), twoLines()))
                .header("Idempotency-Key", key)).andExpect(status().isCreated()));
        String again = SalesFixtures.id(mvc.perform(create(team.rep(), body(team.repId(), twoLines()))
                .header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true")));
        assertThat(again).isEqualTo(first);
        mvc.perform(get("/api/v1/quotes?repId=" + team.repId()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void repsSeeTheirOwnManagersTheirTeamOpsEveryone() throws Exception {
        String mine = SalesFixtures.id(mvc.perform(create(team.rep(), body(team.repId(), twoLines()))));
        String outsiders = SalesFixtures.id(mvc.perform(create(team.outsider(), body(team.outsiderId(), twoLines()))));

        mvc.perform(get("/api/v1/quotes/" + mine).with(httpBasic(team.outsider(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/quotes/" + mine).with(httpBasic(team.teammate(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/quotes/" + mine).with(httpBasic(team.manager(), PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/quotes/" + outsiders).with(httpBasic(team.manager(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/quotes/" + outsiders).with(httpBasic(team.ops(), PASSWORD))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/quotes?accountId=" + account).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(mine));
        mvc.perform(get("/api/v1/quotes?accountId=" + account).with(httpBasic(team.manager(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/quotes?accountId=" + account).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
        // (their processes move them on from DRAFT at once: no filter by a passing status here)
        mvc.perform(get("/api/v1/quotes?accountId=" + account + "&status=WITHDRAWN").with(httpBasic(team.ops(),
                PASSWORD))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/quotes?repId=" + team.outsiderId()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRepCannotQuoteForAnotherRepButTheirManagerCan() throws Exception {
        mvc.perform(create(team.rep(), body(team.teammateId(), twoLines()))).andExpect(status().isForbidden());
        mvc.perform(create(team.manager(), body(team.teammateId(), twoLines()))).andExpect(status().isCreated());
        mvc.perform(create(team.manager(), body(team.outsiderId(), twoLines()))).andExpect(status().isForbidden());
    }
}
