package com.salesos.commissions;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.activity.ActivityLog;
import com.salesos.orders.OrderView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A rep disputes a commission through the API, the commission table is evaluated again on the corrected facts, and
 * the rep's manager accepts the new amount, keeps the old one or sets another, always with a recorded reason.
 */
@SalesOsTest
class CommissionDisputeTests {

    static final String CORRECTION = """
            {"reason": "The kiosk was a new customer and I was above quota",
             "corrected": {"newCustomer": true, "quotaAttainmentPercent": 105}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    CommissionService commissions;
    @Autowired
    ActivityLog activity;
    @Autowired
    JdbcTemplate jdbc;

    SalesFixtures.Team team;
    CommissionView commission;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        UUID account = fixtures.account(AccountTier.STANDARD);
        String sku = fixtures.product("BEVERAGES", "17.90", "11.00", 500);
        // 17.90 × 10 − 5 % = 170.05 base; recorded as an existing customer below quota: 0.04 × 1.0 → 6.80
        OrderView order = fixtures.paidOrder(team.repId(), account, sku, 10, Instant.parse("2026-01-15T10:00:00Z"));
        commission = commissions.record(order.id(), new CommissionDecision("commission-rates", "1",
                new BigDecimal("0.04"), new BigDecimal("1.0"),
                List.of("rule_field_existing_customer", "rule_accelerator_below_quota"),
                Map.of("repRole", "FIELD", "productCategory", "BEVERAGES", "marginPercent", 30, "newCustomer", false,
                        "quotaAttainmentPercent", 90)));
    }

    @Test
    void managerAcceptsTheAmountTheTableGivesOnTheCorrectedFacts() throws Exception {
        String dispute = JsonPath.read(dispute(team.rep(), CORRECTION).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.original.amount.amount").value(6.80))
                .andExpect(jsonPath("$.corrected.newCustomer").value(true))
                .andExpect(jsonPath("$.corrected.productCategory").value("BEVERAGES"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/sales-reps/commissions?repId=" + team.repId()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.items[0].status").value("DISPUTED"));

        Map<String, Object> table = decision(Map.of("repRole", "FIELD", "productCategory", "BEVERAGES",
                "marginPercent", 30, "newCustomer", true, "quotaAttainmentPercent", 105));
        BigDecimal rate = new BigDecimal(table.get("rate").toString());
        BigDecimal accelerator = new BigDecimal(table.get("accelerator").toString());
        BigDecimal expected = new BigDecimal("170.05").multiply(rate).multiply(accelerator)
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(expected).isNotEqualByComparingTo("6.80");

        // shown beside the original while the manager decides
        String shown = await().atMost(Duration.ofSeconds(20)).until(() -> body(get("/api/v1/commissions/disputes/"
                + dispute).with(httpBasic(team.manager(), PASSWORD))), b -> JsonPath.read(b, "$.recalculated") != null);
        assertThat(new BigDecimal(JsonPath.read(shown, "$.recalculated.rate").toString())).isEqualByComparingTo(rate);
        assertThat(new BigDecimal(JsonPath.read(shown, "$.recalculated.amount.amount").toString()))
                .isEqualByComparingTo(expected);
        assertThat(new BigDecimal(JsonPath.read(shown, "$.original.rate").toString())).isEqualByComparingTo("0.04");

        decide(dispute, """
                {"resolution": "ACCEPT_NEW"}""");

        String resolved = awaitResolved(dispute);
        assertThat(JsonPath.<String>read(resolved, "$.resolution")).isEqualTo("ACCEPT_NEW");
        String statement = body(get("/api/v1/sales-reps/commissions?repId=" + team.repId())
                .with(httpBasic(team.rep(), PASSWORD)));
        assertThat(new BigDecimal(JsonPath.read(statement, "$.items[0].amount.amount").toString()))
                .isEqualByComparingTo(expected);
        assertThat(JsonPath.<String>read(statement, "$.items[0].status")).isEqualTo("CALCULATED");
        assertThat(JsonPath.<List<String>>read(statement, "$.items[0].rules"))
                .containsExactlyInAnyOrderElementsOf(JsonPath.read(resolved, "$.recalculated.rules"))
                .contains("rule_field_new_customer");
        assertThat(JsonPath.<Boolean>read(statement, "$.items[0].inputs.newCustomer")).isTrue();
        assertResolutionLoggedAndRepTold(dispute, "ACCEPT_NEW");
    }

    @Test
    void keepingTheOriginalWithoutACommentGoesBackToTheManagerWhoMustGiveAReason() throws Exception {
        String dispute = JsonPath.read(dispute(team.rep(), CORRECTION).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        long first = decide(dispute, """
                {"resolution": "KEEP", "comment": "  "}""");

        long again = awaitTask(dispute, first);
        String task = body(get("/api/v1/tasks/" + again).with(httpBasic(team.manager(), PASSWORD)));
        assertThat(JsonPath.<String>read(task, "$.variables.decisionProblem")).contains("comment");
        assertThat(JsonPath.<String>read(body(get("/api/v1/commissions/disputes/" + dispute)
                .with(httpBasic(team.rep(), PASSWORD))), "$.status")).isEqualTo("OPEN");

        complete(again, """
                {"resolution": "KEEP", "comment": "The kiosk bought from us in 2024 under another name"}""");

        String resolved = awaitResolved(dispute);
        assertThat(JsonPath.<String>read(resolved, "$.comment")).startsWith("The kiosk bought");
        assertThat(JsonPath.<Double>read(resolved, "$.resolvedAmount.amount")).isEqualTo(6.80);
        mvc.perform(get("/api/v1/sales-reps/commissions?repId=" + team.repId()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.items[0].amount.amount").value(6.80))
                .andExpect(jsonPath("$.items[0].rate").value(0.04))
                .andExpect(jsonPath("$.items[0].status").value("CALCULATED"));
        assertResolutionLoggedAndRepTold(dispute, "KEEP");
    }

    @Test
    void managerAdjustsTheAmountWithAComment() throws Exception {
        String dispute = JsonPath.read(dispute(team.rep(), CORRECTION).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");

        long first = decide(dispute, """
                {"resolution": "ADJUST", "comment": "Half the order was a repeat"}""");
        // no amount: back to the manager
        long again = awaitTask(dispute, first);
        complete(again, """
                {"resolution": "ADJUST", "adjustedAmount": 9.99, "comment": "Half the order was a repeat"}""");

        String resolved = awaitResolved(dispute);
        assertThat(JsonPath.<Double>read(resolved, "$.resolvedAmount.amount")).isEqualTo(9.99);
        mvc.perform(get("/api/v1/sales-reps/commissions?repId=" + team.repId()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.items[0].amount.amount").value(9.99))
                .andExpect(jsonPath("$.items[0].status").value("CALCULATED"));
        assertResolutionLoggedAndRepTold(dispute, "ADJUST");
    }

    @Test
    void onlyTheOwningRepDisputesOnceAtATimeWithAReasonAndValidFacts() throws Exception {
        dispute(team.teammate(), CORRECTION).andExpect(status().isNotFound());
        dispute(team.manager(), CORRECTION).andExpect(status().isForbidden());
        dispute(team.rep(), """
                {"reason": " ", "corrected": {"newCustomer": true}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        dispute(team.rep(), """
                {"reason": "wrong role", "corrected": {"repRole": "DIRECTOR"}}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("corrected.repRole"));
        dispute(team.rep(), """
                {"reason": "no facts"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("corrected"));
        assertThat(jdbc.queryForObject("select count(*) from commission_dispute where commission_id = ?",
                Integer.class, commission.id())).isZero();

        String dispute = JsonPath.read(dispute(team.rep(), CORRECTION).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        dispute(team.rep(), CORRECTION).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/commissions/disputes/" + dispute).with(httpBasic(team.outsider(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commissions/disputes/" + dispute).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reason").value(
                        "The kiosk was a new customer and I was above quota"));
        mvc.perform(post("/api/v1/sales-reps/commissions/" + UUID.randomUUID() + "/dispute")
                .with(httpBasic(team.rep(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(CORRECTION))
                .andExpect(status().isNotFound());
    }

    private void assertResolutionLoggedAndRepTold(String dispute, String resolution) {
        assertThat(activity.forSubject("commission", commission.id())).extracting(ActivityLog.Entry::action)
                .contains("commission.disputed", "commission.dispute-resolved");
        List<String> told = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList("""
                select data::text from outbox_event
                where type = 'notification.requested' and data->>'template' = 'dispute-resolved'
                  and data->>'disputeId' = ?""", String.class, dispute), l -> !l.isEmpty());
        assertThat(told).hasSize(1);
        assertThat(JsonPath.<String>read(told.get(0), "$.repId")).isEqualTo(team.repId().toString());
        assertThat(JsonPath.<String>read(told.get(0), "$.resolution")).isEqualTo(resolution);
    }

    private ResultActions dispute(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/sales-reps/commissions/" + commission.id() + "/dispute")
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The manager takes the open decision task of the dispute and completes it; answers the task's key. */
    private long decide(String dispute, String variables) throws Exception {
        long task = awaitTask(dispute, -1);
        complete(task, variables);
        return task;
    }

    private void complete(long task, String variables) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + task + "/complete").with(httpBasic(team.manager(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"variables\": " + variables + "}"))
                .andExpect(status().isNoContent());
    }

    /** Waits for the manager's open task on the dispute other than {@code not}. */
    private long awaitTask(String dispute, long not) throws Exception {
        Number instance = JsonPath.read(body(get("/api/v1/commissions/disputes/" + dispute)
                .with(httpBasic(team.rep(), PASSWORD))), "$.processInstanceKey");
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<Number> keys = JsonPath.read(body(get("/api/v1/tasks?processInstanceKey=" + instance)
                    .with(httpBasic(team.manager(), PASSWORD))),
                    "$.items[?(@.elementId == 'task_decide_dispute')].key");
            return keys.stream().mapToLong(Number::longValue).filter(k -> k != not).findFirst().orElse(-1);
        }, k -> k > 0);
    }

    private String awaitResolved(String dispute) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> body(get("/api/v1/commissions/disputes/" + dispute)
                .with(httpBasic(team.rep(), PASSWORD))), b -> "RESOLVED".equals(JsonPath.read(b, "$.status")));
    }

    private Map<String, Object> decision(Map<String, Object> facts) throws Exception {
        String answer = body(post("/api/v1/decisions/commission-rates/evaluate").with(httpBasic(team.ops(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(Map.of("variables", facts))));
        return JsonPath.read(answer, "$.value");
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
