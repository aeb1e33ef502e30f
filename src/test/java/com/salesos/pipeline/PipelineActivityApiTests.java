package com.salesos.pipeline;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SalesOsTest
class PipelineActivityApiTests {

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
    void team() throws Exception {
        GeoPoint home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        account = FieldFixtures.account(accounts, home);
        deal(team.rep(), "1000.00");
        String proposal = deal(team.rep(), "250.50");
        post(team.rep(), "/api/v1/deals/" + proposal + "/stage", "{\"stage\": \"PROPOSAL\"}");
        deal(team.peer(), "400.00");
        post(team.rep(), "/api/v1/leads", "{\"source\": \"WEB\", \"contactName\": \"Lead One\"}");
    }

    @Test
    void showsARepsActivityDealsByStageWithAmountsAndLeadsByStatus() throws Exception {
        pipeline(team.rep(), "repId", team.repId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.repIds[0]").value(team.repId().toString()))
                .andExpect(jsonPath("$.pipeline.deals[0].stage").value("PROSPECTING"))
                .andExpect(jsonPath("$.pipeline.deals[0].count").value(1))
                .andExpect(jsonPath("$.pipeline.deals[0].amounts[0].amount").value(1000.0))
                .andExpect(jsonPath("$.pipeline.deals[2].stage").value("PROPOSAL"))
                .andExpect(jsonPath("$.pipeline.deals[2].amounts[0].amount").value(250.5))
                .andExpect(jsonPath("$.pipeline.deals[4].stage").value("WON"))
                .andExpect(jsonPath("$.pipeline.deals[4].count").value(0))
                .andExpect(jsonPath("$.pipeline.leads[0].status").value("NEW"))
                .andExpect(jsonPath("$.pipeline.leads[0].count").value(1))
                // two deals created, one moved, one lead
                .andExpect(jsonPath("$.activity.total").value(4))
                .andExpect(jsonPath("$.activity.items[0].action").value("lead.created"));
    }

    @Test
    void showsAManagersWholeTeam() throws Exception {
        pipeline(team.manager(), "teamOf", team.managerId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.repIds.length()").value(3))
                .andExpect(jsonPath("$.pipeline.deals[0].count").value(2))
                .andExpect(jsonPath("$.pipeline.deals[0].amounts[0].amount").value(1400.0))
                .andExpect(jsonPath("$.activity.total").value(5));
    }

    @Test
    void refusesOtherRepsAndTeamsAndBadParameters() throws Exception {
        pipeline(team.rep(), "repId", team.peerId()).andExpect(status().isForbidden());
        pipeline(team.rep(), "teamOf", team.managerId()).andExpect(status().isForbidden());
        pipeline(team.otherManager(), "teamOf", team.managerId()).andExpect(status().isForbidden());
        pipeline(team.ops(), "repId", UUID.randomUUID()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("repId"));
        mvc.perform(get("/api/v1/sales-reps/pipeline-activity").param("repId", team.repId().toString())
                .param("teamOf", team.managerId().toString()).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teamOf"));
        mvc.perform(get("/api/v1/sales-reps/pipeline-activity").param("from", "2030-02-01").param("to", "2030-01-01")
                .with(httpBasic(team.ops(), PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void leavesOutActivityOutsideThePeriod() throws Exception {
        mvc.perform(get("/api/v1/sales-reps/pipeline-activity").param("repId", team.repId().toString())
                .param("from", "2020-01-01").param("to", "2020-01-31").with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.activity.total").value(0))
                .andExpect(jsonPath("$.pipeline.leads[0].count").value(0))
                // open deals are the pipeline whatever the period
                .andExpect(jsonPath("$.pipeline.deals[0].count").value(1));
    }

    private ResultActions pipeline(String user, String param, UUID id) throws Exception {
        return mvc.perform(get("/api/v1/sales-reps/pipeline-activity").param(param, id.toString())
                .with(httpBasic(user, PASSWORD)));
    }

    private String deal(String user, String amount) throws Exception {
        return FieldFixtures.id(post(user, "/api/v1/deals",
                "{\"accountId\": \"%s\", \"name\": \"D\", \"amount\": %s, \"currency\": \"EUR\"}".formatted(account, amount)));
    }

    private ResultActions post(String user, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful());
    }
}
