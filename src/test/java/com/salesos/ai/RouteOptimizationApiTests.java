package com.salesos.ai;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.OpeningHours;
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
class RouteOptimizationApiTests {

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
    UUID a10;
    UUID b20;
    UUID c30;

    @BeforeEach
    void team() {
        home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        a10 = FieldFixtures.account(accounts, FieldFixtures.north(home, 10));
        b20 = FieldFixtures.account(accounts, FieldFixtures.north(home, 20));
        c30 = FieldFixtures.account(accounts, FieldFixtures.north(home, 30));
    }

    @Test
    void reordersAZigZagDayAndReportsTheKilometresSaved() throws Exception {
        // accounts on a line north of home at 10, 20, 30 km: C, A, B drives 30+20+10+20 = 80 km, in line 60 km (×1.3 road)
        ResultActions result = optimize(team.rep(), """
                {"repId": "%s", "date": "2030-01-15", "lunch": {"from": "12:00", "to": "13:00", "minutes": 0},
                 "stops": [{"accountId": "%s"}, {"accountId": "%s"}, {"accountId": "%s"}]}
                """.formatted(team.repId(), c30, a10, b20))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stops.length()").value(3))
                .andExpect(jsonPath("$.leftOut.length()").value(0))
                .andExpect(jsonPath("$.totals.distanceKm").value(78.0))
                .andExpect(jsonPath("$.improvement.currentDistanceKm").value(104.0))
                .andExpect(jsonPath("$.improvement.distanceSavedKm").value(26.0))
                .andExpect(jsonPath("$.applied").value(false));
        // out and back along the line is 60 km in any order that never turns twice (a-b-c, c-b-a, a-c-b, ...), so
        // the distance is the check, and every stop is visited once
        assertThat(FieldFixtures.<List<String>>read(result, "$.stops[*].accountId"))
                .containsExactlyInAnyOrder(a10.toString(), b20.toString(), c30.toString());
    }

    @Test
    void aNarrowWindowDecidesTheOrderAndAnImpossibleStopIsLeftOutWithItsReason() throws Exception {
        UUID closedTuesdays = accounts.create(new NewAccount("Mondays only " + UUID.randomUUID(), AccountType.DEALER, null,
                null, null, null, null, null, FieldFixtures.north(home, 5).lat(), home.lon(),
                new OpeningHours(Map.of(DayOfWeek.MONDAY, List.of(new OpeningHours.Window(LocalTime.of(8, 0),
                        LocalTime.of(18, 0))))), "Europe/Berlin", null, null, null, null)).id();
        // 2030-01-15 is a Tuesday in winter: 08:00 in Berlin is 07:00 UTC; 10 km is 13 road km, 19.5 minutes
        ResultActions result = optimize(team.rep(), """
                {"repId": "%s", "date": "2030-01-15", "lunch": {"from": "12:00", "to": "13:00", "minutes": 0},
                 "stops": [{"accountId": "%s"}, {"accountId": "%s", "timeWindow": {"from": "08:30", "to": "08:45"}},
                           {"accountId": "%s"}, {"accountId": "%s", "timeWindow": {"from": "08:00", "to": "08:10"}},
                           {"accountId": "%s"}]}
                """.formatted(team.repId(), a10, b20, c30, FieldFixtures.account(accounts, FieldFixtures.north(home, 10.5)),
                closedTuesdays))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stops[0].accountId").value(b20.toString()))
                .andExpect(jsonPath("$.stops[0].wait").value(0))
                .andExpect(jsonPath("$.stops[1].accountId").value(c30.toString()))
                .andExpect(jsonPath("$.stops[2].accountId").value(a10.toString()))
                .andExpect(jsonPath("$.leftOut.length()").value(2))
                .andExpect(jsonPath("$.leftOut[?(@.reason == 'CANNOT_FIT_TIME_WINDOW')]").exists())
                .andExpect(jsonPath("$.leftOut[?(@.reason == 'CLOSED_THAT_DAY')].accountId").value(closedTuesdays.toString()));
        // home to B: 26 road km at 40 km/h = 39 minutes, inside the 08:30-08:45 window; then B to C 19.5, C to A 39
        assertClose(result, "$.stops[0].arrival", "2030-01-15T07:39:00Z");
        assertClose(result, "$.stops[1].arrival", "2030-01-15T08:28:30Z");
        assertClose(result, "$.stops[2].arrival", "2030-01-15T09:37:30Z");
        assertClose(result, "$.totals.endsAt", "2030-01-15T10:27:00Z");
    }

    @Test
    void opensAtTheStartOfTheWorkingDayWhenTheAccountOpensEarlierAndLeavesOutOneClosedBeforeIt() throws Exception {
        // Tuesday bakeries: one open 06:00-09:00 (a 30-minute visit may start 06:00-08:30), one 05:00-07:30
        UUID early = account("Bakery early " + UUID.randomUUID(), 10, LocalTime.of(6, 0), LocalTime.of(9, 0));
        UUID tooEarly = account("Bakery too early " + UUID.randomUUID(), 12, LocalTime.of(5, 0), LocalTime.of(7, 30));
        optimize(team.rep(), """
                {"repId": "%s", "date": "2030-01-15", "stops": [{"accountId": "%s"}, {"accountId": "%s"}]}
                """.formatted(team.repId(), early, tooEarly))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stops[0].accountId").value(early.toString()))
                .andExpect(jsonPath("$.leftOut[0].accountId").value(tooEarly.toString()))
                .andExpect(jsonPath("$.leftOut[0].reason").value("CANNOT_FIT_TIME_WINDOW"));
    }

    private UUID account(String name, double km, LocalTime opens, LocalTime closes) {
        GeoPoint place = FieldFixtures.north(home, km);
        return accounts.create(new NewAccount(name, AccountType.DEALER, null, null, null, null, null, null, place.lat(),
                place.lon(), new OpeningHours(Map.of(DayOfWeek.TUESDAY, List.of(new OpeningHours.Window(opens, closes)))),
                "Europe/Berlin", null, null, null, null)).id();
    }

    @Test
    void replansTheRestOfADayUnderWayWithTheVisitedStopFixedAndWritesThePlan() throws Exception {
        // a past Tuesday, so the visit can be logged
        String planId = FieldFixtures.id(mvc.perform(post("/api/v1/sales-reps/route-plan").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "date": "2025-01-14", "stops": [
                          {"accountId": "%s"}, {"accountId": "%s"}, {"accountId": "%s"}]}
                        """.formatted(team.repId(), a10, b20, c30))).andExpect(status().isCreated()));
        String firstStop = FieldFixtures.read(mvc.perform(get("/api/v1/route-plans/" + planId)
                .with(httpBasic(team.rep(), PASSWORD))), "$.stops[0].id");
        mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "routeStopId": "%s", "startedAt": "2025-01-14T07:20:00Z",
                         "endedAt": "2025-01-14T07:50:00Z", "outcome": "INTERESTED", "notes": []}
                        """.formatted(team.repId(), a10, firstStop))).andExpect(status().isCreated());
        // after A the rep drove on to 25 km north and is there at 09:00 local (08:00 UTC): C (5 km) now comes first
        GeoPoint here = FieldFixtures.north(home, 25);
        optimize(team.rep(), """
                {"routePlanId": "%s", "apply": true, "lunch": {"from": "12:00", "to": "13:00", "minutes": 0},
                 "underWay": {"position": {"lat": %s, "lon": %s}, "at": "2025-01-14T08:00:00Z"}}
                """.formatted(planId, here.lat(), here.lon()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visited[0]").value(a10.toString()))
                .andExpect(jsonPath("$.stops.length()").value(2))
                .andExpect(jsonPath("$.stops[0].accountId").value(c30.toString()))
                .andExpect(jsonPath("$.stops[1].accountId").value(b20.toString()))
                // the plan's order from here: 5 + 10 + 30 km; optimised: 5 + 10 + 20 km (×1.3)
                .andExpect(jsonPath("$.improvement.distanceSavedKm").value(13.0))
                .andExpect(jsonPath("$.applied").value(true))
                .andExpect(jsonPath("$.routePlanId").value(planId));
        mvc.perform(get("/api/v1/route-plans/" + planId).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.stops[0].accountId").value(a10.toString()))
                .andExpect(jsonPath("$.stops[0].status").value("VISITED"))
                .andExpect(jsonPath("$.stops[1].accountId").value(c30.toString()))
                .andExpect(jsonPath("$.stops[1].sequence").value(2))
                // 5 km is 6.5 road km, 9.75 minutes rounded up to 10 from 08:00 UTC
                .andExpect(jsonPath("$.stops[1].plannedArrival").value("2025-01-14T08:10:00Z"))
                .andExpect(jsonPath("$.stops[2].accountId").value(b20.toString()))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    }

    @Test
    void namesTheFieldOfBadInputAndLetsManagersButNotPeersOptimize() throws Exception {
        optimize(team.rep(), """
                {"date": "2030-01-15", "stops": [{"accountId": "%s"}]}""".formatted(a10))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("repId"));
        optimize(team.rep(), """
                {"repId": "%s", "date": "2030-01-15", "stops": [{"accountId": "%s", "priority": 11}]}"""
                .formatted(team.repId(), a10))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stops[0].priority"));
        String body = """
                {"repId": "%s", "date": "2030-01-15", "timeLimitSeconds": 1, "stops": [{"accountId": "%s"}]}"""
                .formatted(team.repId(), a10);
        optimize(team.peer(), body).andExpect(status().isForbidden());
        optimize(team.manager(), body).andExpect(status().isOk());
    }

    private ResultActions optimize(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/sales-reps/ai/route-optimization").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void assertClose(ResultActions result, String path, String expected) throws Exception {
        Instant actual = Instant.parse(FieldFixtures.read(result, path));
        assertThat(Duration.between(Instant.parse(expected), actual).abs().toSeconds()).isCloseTo(0L, within(1L));
    }
}
