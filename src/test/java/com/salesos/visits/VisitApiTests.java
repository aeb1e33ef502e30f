package com.salesos.visits;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.activity.ActivityLog;
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
class VisitApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    AccountService accounts;
    @Autowired
    UserService users;
    @Autowired
    ActivityLog activity;
    @Autowired
    VisitEventsRecorder recorder;

    FieldFixtures.Team team;
    UUID account;

    @BeforeEach
    void team() {
        GeoPoint home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        account = FieldFixtures.account(accounts, FieldFixtures.north(home, 5));
    }

    @Test
    void logsAVisitWithNotesMarksTheStopVisitedWritesTheActivityLogAndPublishesVisitLogged() throws Exception {
        ResultActions planned = mvc.perform(post("/api/v1/sales-reps/route-plan").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "date": "2025-03-04", "stops": [{"accountId": "%s"}]}
                        """.formatted(team.repId(), account))).andExpect(status().isCreated());
        String planId = FieldFixtures.id(planned);
        String stopId = FieldFixtures.read(planned, "$.stops[0].id");

        String visitId = FieldFixtures.id(visit(team.rep(), """
                {"repId": "%s", "accountId": "%s", "routeStopId": "%s", "startedAt": "2025-03-04T08:30:00Z",
                 "endedAt": "2025-03-04T09:05:00Z", "outcome": "FOLLOW_UP_NEEDED", "nextStep": "send offer",
                 "notes": [{"text": "Wants a fridge"}, {"text": "Competitor offers five percent off", "kind": "COMPETITOR"}]}
                """.formatted(team.repId(), account, stopId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("FOLLOW_UP_NEEDED"))
                .andExpect(jsonPath("$.notes[0].kind").value("GENERAL"))
                .andExpect(jsonPath("$.notes[0].author").value(team.rep()))
                .andExpect(jsonPath("$.notes[1].kind").value("COMPETITOR")));

        mvc.perform(get("/api/v1/route-plans/" + planId).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.stops[0].status").value("VISITED"))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        assertThat(activity.forSubject("visit", visitId)).extracting(ActivityLog.Entry::action)
                .containsExactly("visit.logged", "visit.note-added", "visit.note-added");
        assertThat(activity.forSubject("visit", visitId)).allSatisfy(e -> {
            assertThat(e.repId()).isEqualTo(team.repId());
            assertThat(e.actor()).isEqualTo(team.rep());
        });
        assertThat(recorder.events).filteredOn(e -> e.visitId().toString().equals(visitId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(VisitOutcome.FOLLOW_UP_NEEDED);
                    assertThat(e.nextStep()).isEqualTo("send offer");
                });
        visit(team.rep(), simple(team.repId()).replace("\"outcome\"", "\"routeStopId\": \"" + stopId + "\", \"outcome\""))
                .andExpect(status().isConflict());
    }

    @Test
    void refusesAnEndBeforeTheStartNamingEndedAt() throws Exception {
        visit(team.rep(), """
                {"repId": "%s", "accountId": "%s", "startedAt": "2025-03-04T10:00:00Z",
                 "endedAt": "2025-03-04T09:00:00Z", "outcome": "INTERESTED"}
                """.formatted(team.repId(), account)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("endedAt"));
    }

    @Test
    void refusesAnotherRepsRouteStopNamingRouteStopIdAndWritesNothing() throws Exception {
        String peerStop = FieldFixtures.read(mvc.perform(post("/api/v1/sales-reps/route-plan")
                .with(httpBasic(team.peer(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "date": "2025-03-05", "stops": [{"accountId": "%s"}]}
                        """.formatted(team.peerId(), account))), "$.stops[0].id");
        visit(team.rep(), simple(team.repId()).replace("\"outcome\"", "\"routeStopId\": \"" + peerStop + "\", \"outcome\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("routeStopId"));
        mvc.perform(get("/api/v1/visits").param("repId", team.repId().toString()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void refusesMissingAndUnknownFields() throws Exception {
        visit(team.rep(), "{\"repId\": \"%s\", \"accountId\": \"%s\", \"startedAt\": \"2025-03-04T10:00:00Z\"}"
                .formatted(team.repId(), account)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        visit(team.rep(), simple(team.repId()).replace(account.toString(), UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountId"));
        visit(team.rep(), simple(team.repId()).replace("2025-03-04T10:00:00Z", "2999-01-01T10:00:00Z"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startedAt"));
        visit(team.rep(), simple(team.repId()).replace("INTERESTED", "MAYBE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Test
    void answersNotFoundForAnUnknownVisit() throws Exception {
        mvc.perform(get("/api/v1/visits/" + UUID.randomUUID()).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void replaysARetryWithTheSameIdempotencyKeyWithoutASecondVisit() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = simple(team.repId());
        String first = FieldFixtures.id(mvc.perform(post("/api/v1/sales-reps/visit").header("Idempotency-Key", key)
                .with(httpBasic(team.rep(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()));
        mvc.perform(post("/api/v1/sales-reps/visit").header("Idempotency-Key", key).with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(jsonPath("$.id").value(first));
        mvc.perform(get("/api/v1/visits").param("repId", team.repId().toString()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aRepLogsAndSeesOnlyTheirOwnVisitsAManagerTheTeamsAndOpsAll() throws Exception {
        visit(team.peer(), simple(team.repId())).andExpect(status().isForbidden());
        String id = FieldFixtures.id(visit(team.rep(), simple(team.repId())).andExpect(status().isCreated()));
        for (String viewer : new String[] { team.rep(), team.manager(), team.ops() }) {
            mvc.perform(get("/api/v1/visits/" + id).with(httpBasic(viewer, PASSWORD))).andExpect(status().isOk());
        }
        for (String stranger : new String[] { team.peer(), team.otherManager() }) {
            mvc.perform(get("/api/v1/visits/" + id).with(httpBasic(stranger, PASSWORD))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/visits").param("accountId", account.toString()).with(httpBasic(team.manager(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/visits").param("accountId", account.toString()).with(httpBasic(team.peer(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/visits").param("accountId", account.toString()).param("from", "2025-03-05")
                .with(httpBasic(team.ops(), PASSWORD))).andExpect(jsonPath("$.total").value(0));
    }

    private ResultActions visit(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String simple(UUID repId) {
        return "{\"repId\": \"%s\", \"accountId\": \"%s\", \"startedAt\": \"2025-03-04T10:00:00Z\", \"outcome\": \"INTERESTED\"}"
                .formatted(repId, account);
    }
}
