package com.salesos.demo;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.salesos.SalesOsTest;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The demo dataset gives the AI's performance insights something to say on first start. */
@SalesOsTest
class DemoInsightsTests {

    @Autowired
    DemoData demoData;
    @Autowired
    UserService users;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void load() {
        demoData.load();
    }

    @Test
    void theDemoTeamHasAPlantedDropAStalledDealTerritoryGapsAndAccountsOutsideTheTerritories() throws Exception {
        UUID rep3 = users.findByUsername("rep3").orElseThrow().repId();
        UUID manager = users.findByUsername("manager1").orElseThrow().repId();
        mvc.perform(post("/api/v1/sales-reps/ai/performance-insights").with(httpBasic("manager1", "salesos"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"teamOf": "%s"}""".formatted(manager))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reps.length()").value(5))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("kpi-anomaly")))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("deal-at-risk")))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("account-overdue")))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("account-outside-territories")))
                .andExpect(jsonPath("$.territoryGaps.outside[*].name").value(hasItem("Getränkemarkt Garching")))
                .andExpect(jsonPath("$.territoryGaps.outside[*].name").value(hasItem("Kiosk am Planegger Bahnhof")));
        mvc.perform(post("/api/v1/sales-reps/ai/performance-insights").with(httpBasic("rep3", "salesos"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s"}""".formatted(rep3))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reps[0].anomalies[*].metric").value(hasItem("visits")))
                .andExpect(jsonPath("$.reps[0].anomalies[?(@.metric == 'visits')].direction").value(hasItem("DROP")))
                .andExpect(jsonPath("$.reps[0].risks[?(@.subjectType == 'deal')].reasons[0]").value(hasItem(startsWith("stalled"))))
                .andExpect(jsonPath("$.territoryGaps.overdueAccounts").value(greaterThan(0)));
    }
}
