package com.salesos.pipeline;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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
class DealApiTests {

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
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    DealEventsRecorder recorder;

    FieldFixtures.Team team;
    UUID account;

    @BeforeEach
    void team() {
        GeoPoint home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        account = FieldFixtures.account(accounts, home);
    }

    @Test
    void movesADealThroughItsStagesAndPublishesDealWonWithTheReason() throws Exception {
        String id = FieldFixtures.id(create(team.rep(), deal("Fridge rollout")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("PROSPECTING")).andExpect(jsonPath("$.probability").value(10))
                .andExpect(jsonPath("$.amount.amount").value(12500.0)).andExpect(jsonPath("$.amount.currency").value("EUR"))
                .andExpect(jsonPath("$.repId").value(team.repId().toString())));
        mvc.perform(patch("/api/v1/deals/" + id + "/stage").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"PROPOSAL\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.probability").value(50));
        move(team.rep(), id, "{\"stage\": \"WON\", \"reason\": \"best service\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("WON")).andExpect(jsonPath("$.closeReason").value("best service"))
                .andExpect(jsonPath("$.closedAt").exists());
        assertThat(recorder.won).filteredOn(e -> e.dealId().toString().equals(id)).singleElement().satisfies(e -> {
            assertThat(e.amount().amount()).isEqualByComparingTo(new BigDecimal("12500"));
            assertThat(e.reason()).isEqualTo("best service");
        });
        assertThat(activity.forSubject("deal", id)).extracting(ActivityLog.Entry::action)
                .containsExactly("deal.created", "deal.stage-changed", "deal.stage-changed");
        // the winning alert for the rep and the manager, once
        assertThat(jdbc.queryForList("select data ->> 'template' as template, data ->> 'managerRepId' as manager"
                + " from outbox_event where type = 'notification.requested' and subject = ?", "deal/" + id))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("template")).isEqualTo("deal-won");
                    assertThat(row.get("manager")).isEqualTo(team.managerId().toString());
                });
    }

    @Test
    void refusesIllegalTransitionsWithConflict() throws Exception {
        String id = FieldFixtures.id(create(team.rep(), deal("Too early")));
        move(team.rep(), id, "{\"stage\": \"WON\", \"reason\": \"hope\"}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        move(team.rep(), id, "{\"stage\": \"PROSPECTING\"}").andExpect(status().isConflict());
        move(team.rep(), id, "{\"stage\": \"LOST\", \"reason\": \"went elsewhere\"}").andExpect(status().isOk());
        move(team.rep(), id, "{\"stage\": \"NEGOTIATION\"}").andExpect(status().isConflict());
        assertThat(recorder.won).noneMatch(e -> e.dealId().toString().equals(id));
    }

    @Test
    void refusesInvalidInputNamingTheField() throws Exception {
        create(team.rep(), "{\"accountId\": \"%s\", \"name\": \"X\", \"amount\": -1, \"currency\": \"EUR\"}"
                .formatted(account)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        create(team.rep(), deal("X").replace("EUR", "EURO")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currency"));
        create(team.rep(), deal("X").replace(account.toString(), UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountId"));
        create(team.rep(), deal("X").replace("\"name\"", "\"stage\": \"WON\", \"name\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        String id = FieldFixtures.id(create(team.rep(), deal("Reasonless")));
        move(team.rep(), id, "{\"stage\": \"LOST\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        move(team.rep(), id, "{\"stage\": \"SOLD\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    @Test
    void answersNotFoundForAnUnknownDeal() throws Exception {
        mvc.perform(get("/api/v1/deals/" + UUID.randomUUID()).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound());
        move(team.ops(), UUID.randomUUID().toString(), "{\"stage\": \"PROPOSAL\"}").andExpect(status().isNotFound());
    }

    @Test
    void replaysARetryWithTheSameIdempotencyKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Idem " + UUID.randomUUID();
        String first = FieldFixtures.id(mvc.perform(post("/api/v1/deals").header("Idempotency-Key", key)
                .with(httpBasic(team.rep(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(deal(name))));
        mvc.perform(post("/api/v1/deals").header("Idempotency-Key", key).with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(deal(name))).andExpect(jsonPath("$.id").value(first));
        mvc.perform(get("/api/v1/deals").param("q", name).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aRepSeesTheirDealsAManagerTheTeamsAndOpsAll() throws Exception {
        String name = "Visible " + UUID.randomUUID();
        create(team.peer(), deal(name).replace("\"name\"", "\"repId\": \"" + team.repId() + "\", \"name\""))
                .andExpect(status().isForbidden());
        String id = FieldFixtures.id(create(team.rep(), deal(name)));
        for (String viewer : new String[] { team.rep(), team.manager(), team.ops() }) {
            mvc.perform(get("/api/v1/deals/" + id).with(httpBasic(viewer, PASSWORD))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/deals").param("q", name).with(httpBasic(viewer, PASSWORD)))
                    .andExpect(jsonPath("$.total").value(1));
        }
        for (String stranger : new String[] { team.peer(), team.otherManager() }) {
            mvc.perform(get("/api/v1/deals/" + id).with(httpBasic(stranger, PASSWORD))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/deals").param("q", name).with(httpBasic(stranger, PASSWORD)))
                    .andExpect(jsonPath("$.total").value(0));
            move(stranger, id, "{\"stage\": \"PROPOSAL\"}").andExpect(status().isNotFound());
        }
    }

    private String deal(String name) {
        return "{\"accountId\": \"%s\", \"name\": \"%s\", \"amount\": 12500, \"currency\": \"EUR\"}".formatted(account, name);
    }

    private ResultActions create(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/deals").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions move(String user, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/deals/" + id + "/stage").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
