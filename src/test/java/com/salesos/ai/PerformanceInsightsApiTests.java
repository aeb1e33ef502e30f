package com.salesos.ai;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.commissions.CommissionDecision;
import com.salesos.commissions.CommissionService;
import com.salesos.orders.OrderView;
import com.salesos.reps.NewRep;
import com.salesos.reps.Quota;
import com.salesos.reps.QuotaPeriod;
import com.salesos.reps.RepRole;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.Potential;
import com.salesos.pipeline.DealStage;
import com.salesos.pipeline.PipelineHistory;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.Money;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@SalesOsTest
class PerformanceInsightsApiTests {

    static final String PATH = "/api/v1/sales-reps/ai/performance-insights";

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    AccountService accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    UserService users;
    @Autowired
    PipelineHistory pipelineHistory;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SalesFixtures sales;
    @Autowired
    CommissionService commissions;

    FieldFixtures.Team team;
    GeoPoint home;
    /** This week's Monday (UTC). */
    LocalDate monday;

    @BeforeEach
    void team() {
        home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void findsAPlantedDropInWeeklyVisitsAndStoresItOnce() throws Exception {
        UUID account = account(null, AccountTier.STANDARD, Potential.LOW);
        // ten weeks of 5 and 6 visits in turn, then a week with one: median 5.5, MAD 0.5, z = 0.6745 (1 - 5.5) / 0.5
        for (int week = 11; week >= 2; week--) {
            for (int v = 0; v < (week % 2 == 0 ? 5 : 6); v++) {
                visit(account, monday.minusWeeks(week).plusDays(v % 5), null);
            }
        }
        visit(account, monday.minusWeeks(1).plusDays(2), null);
        String body = """
                {"repId": "%s", "from": "%s", "to": "%s"}""".formatted(team.repId(), monday.minusWeeks(1),
                monday.minusDays(1));
        post(PATH, team.rep(), body).andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.kind").value("REP"))
                .andExpect(jsonPath("$.reps[0].period.visits").value(1))
                .andExpect(jsonPath("$.reps[0].anomalies.length()").value(1))
                .andExpect(jsonPath("$.reps[0].anomalies[0].metric").value("visits"))
                .andExpect(jsonPath("$.reps[0].anomalies[0].direction").value("DROP"))
                .andExpect(jsonPath("$.reps[0].anomalies[0].weekStart").value(monday.minusWeeks(1).toString()))
                .andExpect(jsonPath("$.reps[0].anomalies[0].median").value(5.5))
                .andExpect(jsonPath("$.reps[0].anomalies[0].mad").value(0.5))
                .andExpect(jsonPath("$.reps[0].anomalies[0].historyWeeks").value(10))
                .andExpect(jsonPath("$.reps[0].anomalies[0].z").value(closeTo(-6.07, 0.01)))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("kpi-anomaly")))
                .andExpect(jsonPath("$.recorded.stored").value(1))
                .andExpect(jsonPath("$.summary").value(containsString("visits drop in the week of " + monday.minusWeeks(1))));

        // the same period again: nothing new is stored or published
        post(PATH, team.manager(), body).andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded.stored").value(0))
                .andExpect(jsonPath("$.recorded.alreadyKnown").value(1));
        String insights = mvc.perform(get("/api/v1/insights").param("repId", team.repId().toString())
                .param("type", "kpi-anomaly").with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].subjectType").value("rep"))
                .andExpect(jsonPath("$.items[0].evidence.median").value(5.5))
                .andExpect(jsonPath("$.items[0].period").value(monday.minusWeeks(1) + "/" + monday.minusDays(1)))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(insights, "$.items[0].id");
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where type = 'insight.created' and subject = ?",
                Long.class, "insight/" + id)).isEqualTo(1);
    }

    @Test
    void scoresAPlantedStalledDealWithItsReasons() throws Exception {
        UUID account = account(null, AccountTier.STANDARD, Potential.LOW);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant fortyDaysAgo = today.minusDays(40).atTime(10, 0).toInstant(ZoneOffset.UTC);
        transaction.executeWithoutResult(s -> pipelineHistory.importHistory(List.of(), List.of(
                new PipelineHistory.HistoricDeal(account, team.repId(), "Cooler roll-out", DealStage.NEGOTIATION,
                        new Money(new BigDecimal("12000"), "EUR"), today.minusDays(10), null, null,
                        fortyDaysAgo.minusSeconds(86_400 * 20), fortyDaysAgo, team.rep()),
                new PipelineHistory.HistoricDeal(account, team.repId(), "Fresh deal", DealStage.PROSPECTING,
                        new Money(new BigDecimal("800"), "EUR"), today.plusDays(30), null, null,
                        Instant.now(), Instant.now(), team.rep()))));
        post(PATH, team.rep(), """
                {"repId": "%s"}""".formatted(team.repId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.reps[0].risks.length()").value(1))
                .andExpect(jsonPath("$.reps[0].risks[0].subjectType").value("deal"))
                .andExpect(jsonPath("$.reps[0].risks[0].name").value("Cooler roll-out"))
                // stalled 0.4 + past expected close 0.25 + late stage without a next step 0.25
                .andExpect(jsonPath("$.reps[0].risks[0].score").value(0.9))
                .andExpect(jsonPath("$.reps[0].risks[0].reasons[0]").value("stalled: no activity for 40 days (30+)"))
                .andExpect(jsonPath("$.reps[0].risks[0].reasons[1]").value(containsString("10 days ago")))
                .andExpect(jsonPath("$.reps[0].risks[0].reasons[2]").value(containsString("NEGOTIATION with no next step")))
                .andExpect(jsonPath("$.reps[0].pipelineCoverage.openDeals.amount").value(12800))
                .andExpect(jsonPath("$.findings[0].type").value("deal-at-risk"));
    }

    @Test
    void findsAccountsOverTheirCadenceAndAnOverloadedAndAnUncoveredTerritory() throws Exception {
        UUID covered = territory();
        reps.assignTerritory(team.repId(), covered, LocalDate.now(ZoneOffset.UTC).minusYears(1), null, true);
        // GOLD/HIGH: every 14 days by the visit-cadence decision
        UUID recent = account(covered, AccountTier.GOLD, Potential.HIGH);
        UUID lapsed = account(covered, AccountTier.GOLD, Potential.HIGH);
        UUID never = account(covered, AccountTier.GOLD, Potential.HIGH);
        visit(recent, monday.minusDays(6), null);
        visit(lapsed, monday.minusDays(27), null);
        // 7 km north of the territory's accounts, with no postal code a territory lists: in no territory
        GeoPoint beyond = FieldFixtures.north(home, 12);
        UUID outside = accounts.create(new NewAccount("Beyond " + UUID.randomUUID(), AccountType.DEALER,
                AccountTier.GOLD, null, null, null, null, null, beyond.lat(), beyond.lon(), null, "Europe/Berlin", null,
                Potential.HIGH, null, null)).id();
        long lapsedDays = ChronoUnit.DAYS.between(monday.minusDays(27), LocalDate.now(ZoneOffset.UTC));
        post(PATH, team.rep(), """
                {"repId": "%s"}""".formatted(team.repId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.territoryGaps.overdueAccounts").value(2))
                .andExpect(jsonPath("$.territoryGaps.mostOverdue[0].accountId").value(never.toString()))
                .andExpect(jsonPath("$.territoryGaps.mostOverdue[0].cadenceDays").value(14))
                .andExpect(jsonPath("$.territoryGaps.mostOverdue[1].accountId").value(lapsed.toString()))
                .andExpect(jsonPath("$.territoryGaps.mostOverdue[1].daysSinceVisit").value(lapsedDays))
                .andExpect(jsonPath("$.territoryGaps.mostOverdue[1].daysOverdue").value(lapsedDays - 14))
                // 3 accounts x 7/14 = 1.5 visits a week needed; the rep made 1, 0, 0, 1 in the weeks since their
                // first visit: median 0.5 a week, so 300 %
                .andExpect(jsonPath("$.territoryGaps.territories[0].visitsNeededPerWeek").value(1.5))
                .andExpect(jsonPath("$.territoryGaps.territories[0].visitCapacityPerWeek").value(0.5))
                .andExpect(jsonPath("$.territoryGaps.territories[0].loadPercent").value(300))
                .andExpect(jsonPath("$.territoryGaps.territories[0].status").value("OVERLOADED"))
                .andExpect(jsonPath("$.territoryGaps.outsideAccounts").value(1))
                .andExpect(jsonPath("$.territoryGaps.outside[0].accountId").value(outside.toString()))
                .andExpect(jsonPath("$.territoryGaps.outside[0].nearestTerritoryId").value(covered.toString()))
                .andExpect(jsonPath("$.territoryGaps.outside[0].kmFromNearestCoveredAccount").value(7.0))
                .andExpect(jsonPath("$.summary").value(containsString("1 account nearby in no territory")))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("account-outside-territories")))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("account-overdue")))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("territory-overloaded")));

        UUID empty = territory();
        account(empty, AccountTier.STANDARD, Potential.MEDIUM);
        post(PATH, team.ops(), """
                {"territoryId": "%s"}""".formatted(empty)).andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.kind").value("TERRITORY"))
                .andExpect(jsonPath("$.reps.length()").value(0))
                .andExpect(jsonPath("$.territoryGaps.territories[0].status").value("UNCOVERED"))
                .andExpect(jsonPath("$.findings[0].type").value("territory-uncovered"));
        post(PATH, team.manager(), """
                {"territoryId": "%s"}""".formatted(covered)).andExpect(status().isOk());
        post(PATH, team.otherManager(), """
                {"territoryId": "%s"}""".formatted(covered)).andExpect(status().isForbidden());
    }

    @Test
    void analysesCommissionsAndWhatTheNextAcceleratorWouldTake() throws Exception {
        String username = "q-" + UUID.randomUUID();
        UUID repId = reps.create(new NewRep("Quota", "Rep", username + "@field.example", null, RepRole.FIELD,
                team.managerId(), null, null, home, "Europe/Berlin",
                new Quota(new BigDecimal("10000.00"), "EUR", QuotaPeriod.MONTH), username, PASSWORD)).id();
        UUID account = sales.account(AccountTier.SILVER);
        String sku = sales.product("BEVERAGES", "100.00", "60.00", 1000);
        Instant now = Instant.now();
        List<OrderView> orders = List.of(sales.paidOrder(repId, account, sku, 10, now),
                sales.paidOrder(repId, account, sku, 10, now), sales.paidOrder(repId, account, sku, 5, now));
        BigDecimal revenue = orders.stream().map(o -> o.total().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> paid = List.of("rule_field_existing_customer", "rule_accelerator_below_quota");
        commissions.record(orders.get(0).id(), decision("0.04", paid));
        commissions.record(orders.get(1).id(), decision("0.04", paid));
        commissions.record(orders.get(2).id(), decision("0", List.of("rule_negative_margin",
                "rule_accelerator_below_quota")));
        BigDecimal base = revenue;
        BigDecimal earned = orders.get(0).total().amount().add(orders.get(1).total().amount())
                .multiply(new BigDecimal("0.04"));
        post(PATH, team.manager(), """
                {"repId": "%s"}""".formatted(repId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.reps[0].period.revenue.amount").value(revenue.doubleValue()))
                .andExpect(jsonPath("$.reps[0].forecast.quota.amount").value(10000.0))
                .andExpect(jsonPath("$.reps[0].forecast.quotaPerWeek.amount").value(closeTo(70000.0
                        / LocalDate.now(ZoneOffset.UTC).lengthOfMonth(), 0.005)))
                .andExpect(jsonPath("$.reps[0].forecast.revenueToDate.amount").value(revenue.doubleValue()))
                .andExpect(jsonPath("$.reps[0].commission.commissions").value(3))
                .andExpect(jsonPath("$.reps[0].commission.amount.amount").value(closeTo(earned.doubleValue(), 0.005)))
                .andExpect(jsonPath("$.reps[0].commission.effectiveRatePercent").value(closeTo(
                        earned.multiply(new BigDecimal(100)).divide(base, 2, java.math.RoundingMode.HALF_UP)
                                .doubleValue(), 0.001)))
                .andExpect(jsonPath("$.reps[0].commission.drivers[*].rule").value(hasItem("rule_field_existing_customer")))
                .andExpect(jsonPath("$.reps[0].commission.outliers.length()").value(1))
                .andExpect(jsonPath("$.reps[0].commission.outliers[0].orderId").value(orders.get(2).id().toString()))
                .andExpect(jsonPath("$.reps[0].commission.outliers[0].reason").value(containsString("nothing paid")))
                // the commission-rates decision: below 100 % of quota x1.0, from 100 % x1.25
                .andExpect(jsonPath("$.reps[0].commission.nextAccelerator.currentAccelerator").value(1.0))
                .andExpect(jsonPath("$.reps[0].commission.nextAccelerator.nextThresholdPercent").value(100))
                .andExpect(jsonPath("$.reps[0].commission.nextAccelerator.nextAccelerator").value(1.25))
                .andExpect(jsonPath("$.reps[0].commission.nextAccelerator.revenueNeeded.amount").value(closeTo(
                        new BigDecimal("10000").subtract(revenue).doubleValue(), 0.005)))
                .andExpect(jsonPath("$.findings[*].type").value(hasItem("commission-outlier")));
    }

    private static CommissionDecision decision(String rate, List<String> rules) {
        return new CommissionDecision("commission-rates", "1", new BigDecimal(rate), BigDecimal.ONE, rules,
                java.util.Map.of("repRole", "FIELD"));
    }

    @Test
    void answersTheTeamToItsManagerOnlyAndNamesTheBadField() throws Exception {
        post(PATH, team.manager(), """
                {"teamOf": "%s"}""".formatted(team.managerId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.scope.kind").value("TEAM"))
                .andExpect(jsonPath("$.reps.length()").value(2))
                .andExpect(jsonPath("$.reps[*].repId").value(hasItem(team.peerId().toString())))
                .andExpect(jsonPath("$.summary").value(containsString("2 reps")));
        post(PATH, team.otherManager(), """
                {"teamOf": "%s"}""".formatted(team.managerId())).andExpect(status().isForbidden());
        post(PATH, team.peer(), """
                {"repId": "%s"}""".formatted(team.repId())).andExpect(status().isForbidden());
        post(PATH, team.rep(), "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("repId"));
        post(PATH, team.rep(), """
                {"repId": "%s", "teamOf": "%s"}""".formatted(team.repId(), team.managerId()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("repId"));
        post(PATH, team.rep(), """
                {"repId": "%s", "to": "%s"}""".formatted(team.repId(), LocalDate.now(ZoneOffset.UTC).plusDays(2)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        post(PATH, team.rep(), """
                {"repId": "%s", "from": "2020-01-01", "to": "2019-01-01"}""".formatted(team.repId()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        post(PATH, team.ops(), """
                {"territoryId": "%s"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("territoryId"));
        post(PATH, team.rep(), """
                {"repId": "%s", "from": "yesterday"}""".formatted(team.repId())).andExpect(status().isBadRequest());
    }

    private UUID territory() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        return territories.create(new NewTerritory(code, "Test " + code, null, null,
                List.of("P" + UUID.randomUUID().toString().substring(0, 8)))).id();
    }

    private UUID account(UUID territoryId, AccountTier tier, Potential potential) {
        GeoPoint place = FieldFixtures.north(home, 5);
        return accounts.create(new NewAccount("Account " + UUID.randomUUID(), AccountType.DEALER, tier, null, null,
                null, null, null, place.lat(), place.lon(), null, "Europe/Berlin", territoryId, potential, null,
                null)).id();
    }

    private void visit(UUID account, LocalDate day, LocalDate followUpOn) throws Exception {
        post("/api/v1/sales-reps/visit", team.rep(), """
                {"repId": "%s", "accountId": "%s", "startedAt": "%s", "outcome": "INTERESTED", "followUpOn": %s}"""
                .formatted(team.repId(), account, day.atTime(10, 0).toInstant(ZoneOffset.UTC),
                        followUpOn == null ? "null" : "\"" + followUpOn + "\""))
                .andExpect(status().isCreated());
    }

    private ResultActions post(String path, String user, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
