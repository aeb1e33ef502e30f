package com.salesos.ai;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import com.salesos.workflow.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
class InsightsRunTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    AccountService accounts;
    @Autowired
    UserService users;
    @Autowired
    InsightsRunWorker worker;

    @Test
    @SuppressWarnings("unchecked")
    void theWeeklyRunStoresEachRepsFindingsOnceForThePeriod() throws Exception {
        FieldFixtures.Team team = FieldFixtures.team(reps, users, FieldFixtures.somewhere());
        UUID account = FieldFixtures.account(accounts, FieldFixtures.somewhere());
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // eight weeks of 8 and 9 visits, then last week 2: a drop the run must find without being asked
        for (int week = 9; week >= 2; week--) {
            for (int v = 0; v < 8 + week % 2; v++) {
                visit(team, account, monday.minusWeeks(week).plusDays(v % 5));
            }
        }
        visit(team, account, monday.minusWeeks(1));
        visit(team, account, monday.minusWeeks(1).plusDays(1));

        Map<String, Object> out = worker.handle(new Job(1, "ai.insights-run", 0, "weekly-insights", "task_run", 0, 3,
                Map.of(), Map.of()));
        Map<String, Object> first = (Map<String, Object>) out.get("insightsRun");
        assertThat(first.get("from")).isEqualTo(monday.minusWeeks(1).toString());
        assertThat(first.get("to")).isEqualTo(monday.minusDays(1).toString());
        assertThat((Integer) first.get("reps")).isGreaterThanOrEqualTo(4);
        assertThat((Integer) first.get("stored")).isGreaterThanOrEqualTo(1);
        assertThat((java.util.List<?>) first.get("failed")).isEmpty();
        mvc.perform(get("/api/v1/insights").param("repId", team.repId().toString()).param("type", "kpi-anomaly")
                .with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].evidence.metric").value("visits"))
                .andExpect(jsonPath("$.items[0].evidence.value").value(2.0))
                .andExpect(jsonPath("$.items[0].period").value(monday.minusWeeks(1) + "/" + monday.minusDays(1)));

        // the same rep and period asked again (as the run would): known already, nothing stored
        mvc.perform(post("/api/v1/sales-reps/ai/performance-insights").with(httpBasic(team.manager(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "from": "%s", "to": "%s"}""".formatted(team.repId(), monday.minusWeeks(1),
                        monday.minusDays(1)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded.stored").value(0))
                .andExpect(jsonPath("$.recorded.alreadyKnown").value(1));
        mvc.perform(get("/api/v1/insights").param("repId", team.repId().toString()).param("type", "kpi-anomaly")
                .with(httpBasic(team.rep(), PASSWORD))).andExpect(jsonPath("$.total").value(1));
    }

    private void visit(FieldFixtures.Team team, UUID account, LocalDate day) throws Exception {
        mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "startedAt": "%s", "outcome": "INTERESTED"}"""
                        .formatted(team.repId(), account, day.atTime(9, 0).toInstant(ZoneOffset.UTC))))
                .andExpect(status().isCreated());
    }
}
