package com.salesos.schedules;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.activity.ActivityLog;
import com.salesos.kpi.KpiService;
import com.salesos.kpi.KpiSnapshotView;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The nightly KPI snapshot and the stale-deal sweep, each run twice for the same slot to show it does nothing twice. */
@SalesOsTest
class NightlyAndSweepScheduleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    Schedules schedules;
    @Autowired
    KpiService kpis;
    @Autowired
    ActivityLog activity;
    @Autowired
    JdbcTemplate jdbc;

    GeoPoint home;
    FieldFixtures.Team team;
    UUID account;

    @BeforeEach
    void setUp() {
        home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        account = FieldFixtures.account(accounts, FieldFixtures.north(home, 5));
    }

    @Test
    void snapshotsEveryActiveRepsDayOncePerRepAndDay() throws Exception {
        mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "startedAt": "%s", "outcome": "INTERESTED"}
                        """.formatted(team.repId(), account, Instant.now().minusSeconds(60))))
                .andExpect(status().isCreated());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // tonight's slot snapshots today
        Instant tonight = today.plusDays(1).atTime(1, 30).toInstant(ZoneOffset.UTC);

        assertThat(run("kpi-snapshot", tonight)).startsWith("snapshots of " + today + ":");
        run("kpi-snapshot", tonight);

        List<KpiSnapshotView> mine = kpis.snapshots(team.repId(), today, today);
        assertThat(mine).singleElement().satisfies(s -> {
            assertThat(s.visits()).isEqualTo(1);
            assertThat(s.periodStart()).isEqualTo(today);
            assertThat(s.periodEnd()).isEqualTo(today);
        });
        assertThat(kpis.snapshots(team.peerId(), today, today)).singleElement()
                .satisfies(s -> assertThat(s.visits()).isZero());
        assertThat(kpis.snapshots(team.managerId(), today, today)).hasSize(1);
    }

    @Test
    void flagsADealIdleForTwoWeeksOnceAndAgainOnlyAfterItWasWorkedOnAndLeftIdleAgain() throws Exception {
        String deal = FieldFixtures.id(mvc.perform(post("/api/v1/deals").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"accountId": "%s", "name": "Fridges for the summer", "amount": 1200, "currency": "EUR"}
                        """.formatted(account))).andExpect(status().isCreated()));
        String fresh = FieldFixtures.id(mvc.perform(post("/api/v1/deals").with(httpBasic(team.peer(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"accountId": "%s", "name": "Worked on today", "amount": 300, "currency": "EUR"}
                        """.formatted(account))).andExpect(status().isCreated()));
        Instant now = Instant.now();
        idleSince(deal, now.minus(Duration.ofDays(20)).minus(Duration.ofHours(1)));

        run("stale-deals", now);
        run("stale-deals", now.plus(Duration.ofDays(1)));

        assertThat(staleEntries(deal)).singleElement().satisfies(e -> {
            assertThat(e.repId()).isEqualTo(team.repId());
            assertThat(e.actor()).isEqualTo(SystemCaller.NAME);
            assertThat(JsonPath.<Integer>read(e.details(), "$.daysWithoutActivity")).isEqualTo(20);
        });
        assertThat(staleEntries(fresh)).isEmpty();
        List<String> notifications = notifications(deal);
        assertThat(notifications).hasSize(1);
        assertThat(JsonPath.<String>read(notifications.get(0), "$.template")).isEqualTo("stale-deal");
        assertThat(JsonPath.<String>read(notifications.get(0), "$.repId")).isEqualTo(team.repId().toString());
        assertThat(JsonPath.<List<String>>read(notifications.get(0), "$.recipients")).containsExactly("rep");

        // the rep moves the deal on: no longer stale
        mvc.perform(post("/api/v1/deals/" + deal + "/stage").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"QUALIFICATION\"}"))
                .andExpect(status().isOk());
        run("stale-deals", Instant.now());
        assertThat(staleEntries(deal)).hasSize(1);

        // and leaves it idle again
        idleSince(deal, Instant.now().minus(Duration.ofDays(15)));
        run("stale-deals", Instant.now());
        assertThat(staleEntries(deal)).hasSize(2);
        assertThat(notifications(deal)).hasSize(2);
    }

    private String run(String schedule, Instant slot) {
        return schedules.runFor(schedule, slot).summary();
    }

    /** Ages the deal as if nobody had touched it since {@code at}. */
    private void idleSince(String deal, Instant at) {
        jdbc.update("update deal set last_activity_at = ? where id = ?::uuid", Timestamp.from(at), deal);
    }

    private List<ActivityLog.Entry> staleEntries(String deal) {
        return activity.forSubject("deal", deal).stream().filter(e -> e.action().equals("deal.stale")).toList();
    }

    private List<String> notifications(String deal) {
        return jdbc.queryForList("""
                select data::text from outbox_event where type = 'notification.requested' and subject = ?""",
                String.class, "deal/" + deal);
    }
}
