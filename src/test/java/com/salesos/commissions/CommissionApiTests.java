package com.salesos.commissions;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.orders.OrderService;
import com.salesos.orders.OrderView;
import com.salesos.platform.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
class CommissionApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    CommissionService commissions;
    @Autowired
    OrderService orders;

    SalesFixtures.Team team;
    UUID account;
    String sku;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        account = fixtures.account(AccountTier.STANDARD);
        sku = fixtures.product("BEVERAGES", "17.90", "11.00", 500);
    }

    static CommissionDecision decision(String rate, String accelerator, String... rules) {
        return new CommissionDecision("commission-rates", "3", new BigDecimal(rate), new BigDecimal(accelerator),
                List.of(rules), Map.of("repRole", "FIELD", "newCustomer", true));
    }

    @Test
    void recordsOneCommissionPerPaidOrderAndShowsItOnTheOrder() throws Exception {
        // 17.90 × 10 − 5 % = 170.05; × 0.04 × 1.25 = 8.5025 → 8.50
        OrderView order = fixtures.paidOrder(team.repId(), account, sku, 10, Instant.parse("2026-01-15T10:00:00Z"));
        CommissionView first = commissions.record(order.id(),
                decision("0.04", "1.25", "rule_field_existing_customer", "rule_quota_100_120"));
        assertThat(first.amount().amount()).isEqualByComparingTo("8.50");
        assertThat(first.period()).isEqualTo("2026-01");
        assertThat(commissions.record(order.id(), decision("0.08", "1.5")).id()).isEqualTo(first.id());
        assertThat(commissions.forOrder(order.id())).hasSize(1);

        mvc.perform(get("/api/v1/orders/" + order.id()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.commission.amount.amount").value(8.50))
                .andExpect(jsonPath("$.commission.rate").value(0.04))
                .andExpect(jsonPath("$.commission.rules[0]").value("rule_field_existing_customer"));
    }

    @Test
    void anUnpaidOrderEarnsNoCommissionYet() {
        UUID order = orders.createFromQuote(fixtures.acceptedQuote(team.repId(), account, sku, 1).id()).id();
        assertThatThrownBy(() -> commissions.record(order, decision("0.04", "1.0")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void statementListsCommissionsWithTotalsPerCurrencyAndPeriod() throws Exception {
        OrderView january = fixtures.paidOrder(team.repId(), account, sku, 10, Instant.parse("2026-01-15T10:00:00Z"));
        // 17.90 × 20 − 5 % = 340.10; × 0.06 = 20.406 → 20.41
        OrderView february = fixtures.paidOrder(team.repId(), account, sku, 20, Instant.parse("2026-02-10T10:00:00Z"));
        commissions.record(january.id(), decision("0.04", "1.25", "rule_a"));
        commissions.record(february.id(), decision("0.06", "1.0", "rule_b"));

        mvc.perform(get("/api/v1/sales-reps/commissions?repId=%s&from=2026-01&to=2026-02".formatted(team.repId()))
                .with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].orderId").value(february.id().toString()))
                .andExpect(jsonPath("$.items[0].baseAmount.amount").value(340.10))
                .andExpect(jsonPath("$.items[0].rate").value(0.06))
                .andExpect(jsonPath("$.items[0].amount.amount").value(20.41))
                .andExpect(jsonPath("$.items[0].rules[0]").value("rule_b"))
                .andExpect(jsonPath("$.totals[0].currency").value("EUR"))
                .andExpect(jsonPath("$.totals[0].count").value(2))
                .andExpect(jsonPath("$.totals[0].baseAmount.amount").value(510.15))
                .andExpect(jsonPath("$.totals[0].amount.amount").value(28.91))
                .andExpect(jsonPath("$.periods[0].period").value("2026-01"))
                .andExpect(jsonPath("$.periods[0].amount.amount").value(8.50))
                .andExpect(jsonPath("$.periods[1].period").value("2026-02"))
                .andExpect(jsonPath("$.periods[1].amount.amount").value(20.41));

        mvc.perform(get("/api/v1/sales-reps/commissions?repId=%s&from=2026-02".formatted(team.repId()))
                .with(httpBasic(team.manager(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.totals[0].amount.amount").value(20.41));
        mvc.perform(get("/api/v1/sales-reps/commissions?repId=" + team.repId()).with(httpBasic(team.outsider(), PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sales-reps/commissions").with(httpBasic(team.outsider(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.totals.length()").value(0));
        mvc.perform(get("/api/v1/sales-reps/commissions?from=March").with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/sales-reps/commissions?from=2026-03&to=2026-01").with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
