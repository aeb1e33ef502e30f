package com.salesos.routes;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
class RoutePlanApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    AccountService accounts;
    @Autowired
    UserService users;

    GeoPoint home;
    FieldFixtures.Team team;
    UUID near;
    UUID far;

    @BeforeEach
    void team() {
        home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        near = FieldFixtures.account(accounts, FieldFixtures.north(home, 10));
        far = FieldFixtures.account(accounts, FieldFixtures.north(home, 20));
    }

    @Test
    void plansTwoStopsInTheGivenOrderWithHandCheckedTimesAndWaitsForTheWindow() throws Exception {
        // 2030-01-15 is in winter: 08:00 in Berlin is 07:00 UTC. Each 10 km leg is 13 road km, 20 minutes.
        plan(team.rep(), """
                {"repId": "%s", "date": "2030-01-15", "stops": [
                  {"accountId": "%s"},
                  {"accountId": "%s", "visitMinutes": 45, "timeWindow": {"from": "10:00", "to": "11:00"}, "priority": 2}]}
                """.formatted(team.repId(), near, far))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/route-plans/")))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.startsAt").value("2030-01-15T07:00:00Z"))
                .andExpect(jsonPath("$.stops[0].sequence").value(1))
                .andExpect(jsonPath("$.stops[0].accountId").value(near.toString()))
                .andExpect(jsonPath("$.stops[0].travelMinutes").value(20))
                .andExpect(jsonPath("$.stops[0].plannedArrival").value("2030-01-15T07:20:00Z"))
                .andExpect(jsonPath("$.stops[0].plannedDeparture").value("2030-01-15T07:50:00Z"))
                .andExpect(jsonPath("$.stops[0].priority").value(5))
                // arrives 09:10 local, waits 50 minutes for the window, stays 45
                .andExpect(jsonPath("$.stops[1].waitMinutes").value(50))
                .andExpect(jsonPath("$.stops[1].plannedArrival").value("2030-01-15T09:00:00Z"))
                .andExpect(jsonPath("$.stops[1].plannedDeparture").value("2030-01-15T09:45:00Z"))
                .andExpect(jsonPath("$.stops[1].late").value(false))
                .andExpect(jsonPath("$.stops[1].timeWindow.from").value("10:00:00"))
                // home is 20 km away: 26 road km, 39 minutes
                .andExpect(jsonPath("$.endsAt").value("2030-01-15T10:24:00Z"))
                .andExpect(jsonPath("$.totals.distanceKm").value(52.0))
                .andExpect(jsonPath("$.totals.travelMinutes").value(79))
                .andExpect(jsonPath("$.totals.visitMinutes").value(75))
                .andExpect(jsonPath("$.totals.waitMinutes").value(50))
                .andExpect(jsonPath("$.totals.stopCount").value(2));
    }

    @Test
    void flagsAStopThatCannotStartInsideItsWindow() throws Exception {
        plan(team.rep(), """
                {"repId": "%s", "date": "2030-01-16", "stops": [
                  {"accountId": "%s", "timeWindow": {"from": "07:00", "to": "08:10"}}]}
                """.formatted(team.repId(), near)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.stops[0].late").value(true));
    }

    @Test
    void readsAndListsThePlan() throws Exception {
        String id = FieldFixtures.id(plan(team.rep(), oneStop(team.repId(), "2030-02-01")));
        mvc.perform(get("/api/v1/route-plans/" + id).with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.stops.length()").value(1));
        mvc.perform(get("/api/v1/route-plans").param("repId", team.repId().toString()).param("from", "2030-02-01")
                .param("to", "2030-02-01").with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void refusesInvalidInputNamingTheField() throws Exception {
        plan(team.rep(), "{\"repId\": \"%s\", \"date\": \"2030-01-15\", \"stops\": []}".formatted(team.repId()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("stops"));
        plan(team.rep(), """
                {"repId": "%s", "date": "2030-01-15", "stops": [
                  {"accountId": "%s", "timeWindow": {"from": "11:00", "to": "10:00"}}]}
                """.formatted(team.repId(), near)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stops[0].timeWindow.to"));
        plan(team.rep(), oneStopAt(team.repId(), "2030-01-15", UUID.randomUUID())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stops[0].accountId"));
        plan(team.rep(), """
                {"repId": "%s", "date": "2030-01-15", "stops": [{"accountId": "%s", "priority": 11}]}
                """.formatted(team.repId(), near)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stops[0].priority"));
        plan(team.ops(), oneStop(UUID.randomUUID(), "2030-01-15")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("repId"));
    }

    @Test
    void refusesASecondLivePlanForTheSameDay() throws Exception {
        plan(team.rep(), oneStop(team.repId(), "2030-03-01")).andExpect(status().isCreated());
        plan(team.rep(), oneStop(team.repId(), "2030-03-01")).andExpect(status().isConflict());
    }

    @Test
    void answersNotFoundForAnUnknownPlan() throws Exception {
        mvc.perform(get("/api/v1/route-plans/" + UUID.randomUUID()).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void replaysARetryWithTheSameIdempotencyKeyWithoutASecondPlan() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = oneStop(team.repId(), "2030-04-01");
        String first = FieldFixtures.id(mvc.perform(post("/api/v1/sales-reps/route-plan").header("Idempotency-Key", key)
                .with(httpBasic(team.rep(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()));
        mvc.perform(post("/api/v1/sales-reps/route-plan").header("Idempotency-Key", key)
                .with(httpBasic(team.rep(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(first));
        mvc.perform(get("/api/v1/route-plans").param("repId", team.repId().toString()).param("from", "2030-04-01")
                .param("to", "2030-04-01").with(httpBasic(team.rep(), PASSWORD))).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aRepPlansAndSeesOnlyTheirOwnDaysAManagerTheTeamsAndOpsAll() throws Exception {
        plan(team.peer(), oneStop(team.repId(), "2030-05-02")).andExpect(status().isForbidden());
        plan(team.otherManager(), oneStop(team.repId(), "2030-05-02")).andExpect(status().isForbidden());
        String id = FieldFixtures.id(plan(team.manager(), oneStop(team.repId(), "2030-05-02"))
                .andExpect(status().isCreated()));

        for (String viewer : new String[] { team.rep(), team.manager(), team.ops() }) {
            mvc.perform(get("/api/v1/route-plans/" + id).with(httpBasic(viewer, PASSWORD))).andExpect(status().isOk());
        }
        for (String stranger : new String[] { team.peer(), team.otherManager() }) {
            mvc.perform(get("/api/v1/route-plans/" + id).with(httpBasic(stranger, PASSWORD)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/route-plans").param("repId", team.repId().toString())
                .with(httpBasic(team.peer(), PASSWORD))).andExpect(status().isForbidden());
        ResultActions peerList = mvc.perform(get("/api/v1/route-plans").param("from", "2030-05-02")
                .param("to", "2030-05-02").with(httpBasic(team.peer(), PASSWORD))).andExpect(status().isOk());
        assertThat(FieldFixtures.<Integer>read(peerList, "$.total")).isZero();
    }

    private ResultActions plan(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/sales-reps/route-plan").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String oneStop(UUID repId, String date) {
        return oneStopAt(repId, date, near);
    }

    private static String oneStopAt(UUID repId, String date, UUID accountId) {
        return "{\"repId\": \"%s\", \"date\": \"%s\", \"stops\": [{\"accountId\": \"%s\"}]}".formatted(repId, date,
                accountId);
    }
}
