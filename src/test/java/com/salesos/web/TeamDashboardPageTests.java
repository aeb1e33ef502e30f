package com.salesos.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.ai.InsightService;
import com.salesos.ai.NewInsight;
import com.salesos.kpi.KpiService;
import com.salesos.orders.OrderView;
import com.salesos.security.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The manager's dashboard: team KPIs over time from the snapshots, and insights to acknowledge. */
@SalesOsTest
class TeamDashboardPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    KpiService kpis;
    @Autowired
    InsightService insights;

    SalesFixtures.Team team;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
    }

    @Test
    void theManagerSeesTheTeamsKpisPerPeriodAndTheChartData() throws Exception {
        UUID account = fixtures.account(AccountTier.STANDARD);
        String sku = fixtures.product("BEVERAGES", "10.00", "5.00", 500);
        LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
        LocalDate lastMonth = thisMonth.minusMonths(1);
        OrderView order = SalesFixtures.asOps(() -> fixtures.paidOrder(team.repId(), account, sku, 20,
                Instant.now()));
        SalesFixtures.asOps(() -> kpis.snapshot(team.repId(), lastMonth, thisMonth.minusDays(1)));
        SalesFixtures.asOps(() -> kpis.snapshot(team.repId(), thisMonth, thisMonth.plusMonths(1).minusDays(1)));
        SalesFixtures.asOps(() -> kpis.snapshot(team.teammateId(), thisMonth, thisMonth.plusMonths(1).minusDays(1)));

        String html = mvc.perform(get("/team").with(as(team.manager()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        var rows = page.select("table.kpis tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).startsWith(lastMonth.toString());
        assertThat(rows.get(1).select("td").get(1).text()).isEqualTo("2");
        assertThat(rows.get(1).text()).contains(order.total().amount() + " EUR");
        assertThat(page.select("script[src$=uPlot.iife.min.js]")).hasSize(1);
        assertThat(html).contains("\"revenue\"", "\"visits\"");
        assertThat(page.select("table.pipeline tr[data-stage=PROPOSAL]")).hasSize(1);

        mvc.perform(get("/team").with(as(team.rep()))).andExpect(status().isForbidden());
        String other = SalesFixtures.unique("mgr-");
        fixtures.rep(other, com.salesos.reps.RepRole.MANAGER, null);
        assertThat(Jsoup.parse(mvc.perform(get("/team").with(as(other))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).select("table.kpis")).isEmpty();
    }

    @Test
    void theManagerAcknowledgesAnInsightAboutTheTeam() throws Exception {
        UUID insight = SalesFixtures.asOps(() -> insights.record(new NewInsight("RISK", "rep", team.repId().toString(),
                team.repId(), new BigDecimal("0.8"), "Visits fell by half <script>x</script>", Map.of()))).id();

        String html = mvc.perform(get("/team").with(as(team.manager()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("li[data-insight=" + insight + "]").text()).contains("Visits fell by half");
        assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;");

        String ack = "/team/insights/" + insight + "/acknowledge";
        mvc.perform(post(ack).with(as(team.manager()))).andExpect(status().isForbidden());
        mvc.perform(post(ack).with(as(team.rep())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(ack).with(as(team.manager())).with(csrf())).andExpect(redirectedUrl("/team"));

        assertThat(Jsoup.parse(mvc.perform(get("/team").with(as(team.manager()))).andReturn().getResponse()
                .getContentAsString()).select("li[data-insight=" + insight + "]")).isEmpty();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
