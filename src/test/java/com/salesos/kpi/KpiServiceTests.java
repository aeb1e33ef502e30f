package com.salesos.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.activity.ActivityLog;
import com.salesos.commissions.CommissionDecision;
import com.salesos.commissions.CommissionService;
import com.salesos.orders.OrderView;
import com.salesos.quotes.ApprovalLevel;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.QuoteService;
import com.salesos.reps.NewRep;
import com.salesos.reps.Quota;
import com.salesos.reps.QuotaPeriod;
import com.salesos.reps.RepService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@SalesOsTest
class KpiServiceTests {

    @Autowired
    KpiService kpis;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    RepService reps;
    @Autowired
    QuoteService quotes;
    @Autowired
    CommissionService commissions;
    @Autowired
    ActivityLog activity;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void snapshotCountsTheRepsMonthFromEveryFeature() {
        String name = SalesFixtures.unique("kpi-");
        UUID rep = reps.create(new NewRep("Kim", name, name + "@example.com", null, null, null, null, null, null, null,
                new Quota(new BigDecimal("30000.00"), "EUR", QuotaPeriod.QUARTER), null, null)).id();
        UUID account = fixtures.account(AccountTier.STANDARD);
        String sku = fixtures.product("BEVERAGES", "17.90", "11.00", 100);

        // won: 17.90 × 10 − 5 % = 170.05, commission 170.05 × 0.05 = 8.5025 → 8.50
        OrderView won = fixtures.paidOrder(rep, account, sku, 10, clock.instant());
        commissions.record(won.id(), new CommissionDecision("commission-rates", "1", new BigDecimal("0.05"),
                BigDecimal.ONE, List.of("rule_x"), Map.of()));
        fixtures.acceptedQuote(rep, account, sku, 1);
        SalesFixtures.asOps(() -> quotes.create(new NewQuote(rep, account, null, null, List.of(new LineRequest(sku, 2, null)))));
        UUID rejected = SalesFixtures.asOps(() -> quotes.create(new NewQuote(rep, account, null, null,
                List.of(new LineRequest(sku, 3, null))))).id();
        quotes.submitForApproval(rejected, ApprovalLevel.NONE, BigDecimal.TEN);
        quotes.markSent(rejected);
        quotes.reject(rejected);
        transaction.executeWithoutResult(s -> {
            activity.record("visit.logged", "visit", UUID.randomUUID(), rep, Map.of());
            activity.record("visit.logged", "visit", UUID.randomUUID(), rep, Map.of());
        });

        YearMonth month = YearMonth.now(clock);
        KpiSnapshotView snapshot = kpis.snapshot(rep, month.atDay(1), month.atEndOfMonth());
        assertThat(snapshot.visits()).isEqualTo(2);
        assertThat(snapshot.quotes()).isEqualTo(4);
        assertThat(snapshot.quotesWon()).isEqualTo(2);
        assertThat(snapshot.orders()).isEqualTo(1);
        assertThat(snapshot.revenue().amount()).isEqualByComparingTo("170.05");
        // accepted 2 (one not ordered: still a customer yes), rejected 1
        assertThat(snapshot.winRate()).isEqualByComparingTo("66.67");
        // 170.05 of a month's share (30,000 / 3 = 10,000) of the quota
        assertThat(snapshot.quotaAttainment()).isEqualByComparingTo("1.70");
        assertThat(snapshot.commission().amount()).isEqualByComparingTo("8.50");

        KpiSnapshotView again = kpis.snapshot(rep, month.atDay(1), month.atEndOfMonth());
        assertThat(again.id()).isEqualTo(snapshot.id());
        assertThat(kpis.snapshots(rep, month.atDay(1), month.atEndOfMonth())).hasSize(1);
    }

    @Test
    void quotaAttainmentUsesThePeriodsShareOfTheQuota() {
        Quota quarterly = new Quota(new BigDecimal("30000"), "EUR", QuotaPeriod.QUARTER);
        com.salesos.platform.Money revenue = com.salesos.platform.Money.of("5000", "EUR");
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        assertThat(KpiService.attainment(revenue, quarterly, jan1, LocalDate.of(2026, 1, 31))).isEqualByComparingTo("50.00");
        assertThat(KpiService.attainment(revenue, quarterly, jan1, LocalDate.of(2026, 3, 31))).isEqualByComparingTo("16.67");
        // 16 of 31 days: 10,000 × 16 / 31 = 5,161.29
        assertThat(KpiService.attainment(revenue, quarterly, jan1, LocalDate.of(2026, 1, 16))).isEqualByComparingTo("96.88");
        assertThat(KpiService.attainment(revenue, null, jan1, jan1)).isNull();
    }
}
