package com.salesos.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
class DemoFieldHistoryTests {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    MockMvc mvc;

    UUID rep1;

    @BeforeEach
    void load() {
        demoData.load();
        rep1 = users.findByUsername("rep1").orElseThrow().repId();
    }

    @Test
    void givesEveryDemoRepAQuarterOfRoutePlansAndVisitsWithNotes() throws Exception {
        long plans = jdbc.queryForObject("select count(*) from sales_route_plan where rep_id = ?", Long.class, rep1);
        assertThat(plans).isBetween(60L, 70L);
        long visits = jdbc.queryForObject("select count(*) from sales_visit where rep_id = ? and route_stop_id is not null",
                Long.class, rep1);
        assertThat(visits).isGreaterThan(200);
        assertThat(jdbc.queryForList("select distinct kind from sales_visit_note n join sales_visit v on v.id = n.visit_id"
                + " where v.rep_id = ?", String.class, rep1)).containsExactlyInAnyOrder("GENERAL", "COMPETITOR",
                        "OBJECTION", "FOLLOW_UP");
        mvc.perform(get("/api/v1/visits").param("repId", rep1.toString()).with(httpBasic("rep1", "salesos")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].notes[0].text").exists());
        mvc.perform(get("/api/v1/route-plans").param("repId", rep1.toString()).with(httpBasic("manager1", "salesos")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].status").value("COMPLETED"));
    }

    @Test
    void putsLeadsInEveryStatusAndDealsInEveryStageWithTheirActivity() throws Exception {
        UUID manager = users.findByUsername("manager1").orElseThrow().repId();
        mvc.perform(get("/api/v1/sales-reps/pipeline-activity").param("teamOf", manager.toString())
                .param("from", java.time.LocalDate.now().minusDays(91).toString()).with(httpBasic("manager1", "salesos")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pipeline.leads[?(@.count == 0)]").isEmpty())
                .andExpect(jsonPath("$.pipeline.deals[?(@.count == 0)]").isEmpty())
                .andExpect(jsonPath("$.activity.total").value(org.hamcrest.Matchers.greaterThan(1000)));
    }

    @Test
    void visitsAtAnAccountsReceptiveWeekdayAndHalfDayGoClearlyBetter() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select v.account_id, v.started_at, v.outcome from sales_visit v
                join app_user u on u.rep_id = v.rep_id where u.username like 'rep_'""");
        int[] good = new int[2];
        int[] all = new int[2];
        for (Map<String, Object> row : rows) {
            var account = accounts.get((UUID) row.get("account_id"));
            var habit = DemoFieldHistory.AccountHabit.of(account);
            ZonedDateTime local = ((java.sql.Timestamp) row.get("started_at")).toInstant().atZone(DemoFieldHistory.ZONE);
            int slot = local.getDayOfWeek() == habit.bestDay() && (local.getHour() < 12) == habit.mornings() ? 1 : 0;
            all[slot]++;
            String outcome = (String) row.get("outcome");
            if (outcome.equals("INTERESTED") || outcome.equals("ORDER_INTENT")) {
                good[slot]++;
            }
        }
        assertThat(all[1]).isGreaterThan(50);
        assertThat((double) good[1] / all[1]).isGreaterThan(2.0 * good[0] / all[0]);
    }
}
