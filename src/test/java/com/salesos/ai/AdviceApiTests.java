package com.salesos.ai;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SalesOsTest
class AdviceApiTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    AccountService accounts;
    @Autowired
    UserService users;

    FieldFixtures.Team team;
    UUID account;

    @BeforeEach
    void team() {
        team = FieldFixtures.team(reps, users, FieldFixtures.somewhere());
        account = FieldFixtures.account(accounts, FieldFixtures.somewhere());
    }

    @Test
    void advisesTheWeekdayAndWindowWhereVisitsWentWellAndTheOverduePromise() throws Exception {
        // six weeks back: Thursdays at 09:00 went well, Mondays at 15:00 did not
        LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.previous(java.time.DayOfWeek.MONDAY));
        for (int week = 6; week >= 1; week--) {
            LocalDate m = monday.minusWeeks(week);
            visit(m.atTime(15, 0), "NO_INTEREST", null, null);
            visit(m.plusDays(3).atTime(9, 0), week == 1 ? "FOLLOW_UP_NEEDED" : "ORDER_INTENT",
                    week == 1 ? "bring the summer price list" : null, week == 1 ? m.plusDays(5) : null);
        }
        post("/api/v1/sales-reps/ai/visit-advice", team.rep(), """
                {"repId": "%s", "accountId": "%s"}""".formatted(team.repId(), account))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bestTime.day").value("THURSDAY"))
                .andExpect(jsonPath("$.bestTime.from").value("08:00:00"))
                .andExpect(jsonPath("$.bestTime.visits").value(6))
                .andExpect(jsonPath("$.bestTime.positive").value(5))
                .andExpect(jsonPath("$.history.accountVisits").value(12))
                .andExpect(jsonPath("$.talkingPoints[0].kind").value("OVERDUE_FOLLOW_UP"))
                .andExpect(jsonPath("$.talkingPoints[0].text").value(org.hamcrest.Matchers.containsString("summer price list")))
                .andExpect(jsonPath("$.nextBestAction.action").value("Deliver what was promised"))
                .andExpect(jsonPath("$.followUpDue").exists());
    }

    @Test
    void visitAdviceNamesTheMissingFieldAndIsForTheRepAndTheirManagerOnly() throws Exception {
        post("/api/v1/sales-reps/ai/visit-advice", team.rep(), """
                {"repId": "%s"}""".formatted(team.repId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountId"));
        String body = """
                {"repId": "%s", "accountId": "%s"}""".formatted(team.repId(), account);
        post("/api/v1/sales-reps/ai/visit-advice", team.peer(), body).andExpect(status().isForbidden());
        post("/api/v1/sales-reps/ai/visit-advice", team.manager(), body).andExpect(status().isOk());
    }

    @Test
    void scoresALeadWithItsFactorsForItsRepButNotForAPeer() throws Exception {
        String leadId = FieldFixtures.id(post("/api/v1/leads", team.rep(), """
                {"source": "REFERRAL", "contactName": "Eva Roth", "company": "Café Luitpold", "score": 70}""")
                .andExpect(status().isCreated()));
        post("/api/v1/sales-reps/ai/lead-priority", team.rep(), """
                {"leadId": "%s"}""".formatted(leadId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value(org.hamcrest.Matchers.oneOf("HIGH", "MEDIUM", "LOW")))
                .andExpect(jsonPath("$.factors.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.reason").isNotEmpty());
        post("/api/v1/sales-reps/ai/lead-priority", team.peer(), """
                {"leadId": "%s"}""".formatted(leadId)).andExpect(status().isNotFound());
    }

    @Test
    void visitPlanChecksItsInputAndAnswersTheManager() throws Exception {
        post("/api/v1/sales-reps/ai/visit-plan", team.manager(), """
                {"repId": "%s", "days": 11}""".formatted(team.repId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        post("/api/v1/sales-reps/ai/visit-plan", team.manager(), """
                {"repId": "%s", "days": 2}""".formatted(team.repId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repId").value(team.repId().toString()));
        post("/api/v1/sales-reps/ai/visit-plan", team.otherManager(), """
                {"repId": "%s"}""".formatted(team.repId())).andExpect(status().isForbidden());
    }

    private void visit(java.time.LocalDateTime at, String outcome, String nextStep, LocalDate followUpOn) throws Exception {
        String started = at.atZone(BERLIN).toInstant().toString();
        post("/api/v1/sales-reps/visit", team.rep(), """
                {"repId": "%s", "accountId": "%s", "startedAt": "%s", "outcome": "%s", "nextStep": %s,
                 "followUpOn": %s, "notes": [{"text": "talked about the range"}]}"""
                .formatted(team.repId(), account, started, outcome, nextStep == null ? "null" : "\"" + nextStep + "\"",
                        followUpOn == null ? "null" : "\"" + followUpOn + "\""))
                .andExpect(status().isCreated());
    }

    private ResultActions post(String path, String user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
