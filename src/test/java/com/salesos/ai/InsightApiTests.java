package com.salesos.ai;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.platform.InvalidFieldException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
class InsightApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    InsightService insights;

    SalesFixtures.Team team;
    String subject;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        subject = UUID.randomUUID().toString();
    }

    InsightView insight(UUID repId, String type) {
        return insights.record(new NewInsight(type, "account", subject, repId, new BigDecimal("0.82"),
                "No visit in 45 days while the account's cadence is 14", Map.of("daysSinceVisit", 45)));
    }

    @Test
    void repsSeeTheirInsightsManagersTheTeamsOpsAll() throws Exception {
        insight(team.repId(), "visit-overdue");
        insight(team.teammateId(), "deal-at-risk");
        insight(null, "team-trend");
        String query = "/api/v1/insights?subjectType=account&subjectId=" + subject;
        mvc.perform(get(query).with(httpBasic(team.rep(), PASSWORD))).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].type").value("visit-overdue"))
                .andExpect(jsonPath("$.items[0].evidence.daysSinceVisit").value(45));
        mvc.perform(get(query).with(httpBasic(team.manager(), PASSWORD))).andExpect(jsonPath("$.total").value(2));
        mvc.perform(get(query).with(httpBasic(team.ops(), PASSWORD))).andExpect(jsonPath("$.total").value(3));
        mvc.perform(get(query).with(httpBasic(team.outsider(), PASSWORD))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/insights?repId=" + team.repId()).with(httpBasic(team.outsider(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void acknowledgingKeepsTheFirstAcknowledgement() throws Exception {
        UUID id = insight(team.repId(), "visit-overdue").id();
        mvc.perform(post("/api/v1/insights/" + id + "/acknowledge").with(httpBasic(team.outsider(), PASSWORD)))
                .andExpect(status().isNotFound());
        String at = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/insights/" + id + "/acknowledge")
                .with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy").value(team.rep()))
                .andReturn().getResponse().getContentAsString(), "$.acknowledgedAt");
        mvc.perform(post("/api/v1/insights/" + id + "/acknowledge").with(httpBasic(team.manager(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedBy").value(team.rep()))
                .andExpect(jsonPath("$.acknowledgedAt").value(at));
        mvc.perform(get("/api/v1/insights?acknowledged=false&subjectId=" + subject).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(post("/api/v1/insights/" + UUID.randomUUID() + "/acknowledge").with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesAnInsightWithoutScoreOrExplanation() {
        assertThatThrownBy(() -> insights.record(new NewInsight("t", "account", "1", null, new BigDecimal("1.5"), " ",
                null))).isInstanceOfSatisfying(InvalidFieldException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.errors()).extracting(InvalidFieldException.FieldError::field)
                        .containsExactlyInAnyOrder("score", "explanation"));
    }
}
