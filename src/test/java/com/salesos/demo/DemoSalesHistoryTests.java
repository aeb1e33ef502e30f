package com.salesos.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.salesos.SalesOsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SalesOsTest
class DemoSalesHistoryTests {

    static final String OF_DEMO_REPS = "join sales_rep r on r.id = x.rep_id where r.email like '%@isar-getraenke.example'";

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;

    /** The history's quotes and orders, made through the services; the live ones run in their processes. */
    static final String HISTORY_QUOTES = " and x.process_instance_key is null";
    static final String HISTORY_ORDERS = " and x.quote_id in (select id from sales_quote where"
            + " process_instance_key is null)";
    static final String LIVE_QUOTES = " and x.process_instance_key is not null";
    static final String LIVE_ORDERS = " and x.quote_id in (select id from sales_quote where"
            + " process_instance_key is not null)";

    Map<String, Long> countByStatus(String table, String which) {
        return jdbc.queryForList("select x.status, count(*) as n from " + table + " x " + OF_DEMO_REPS + which
                + " group by x.status").stream()
                .collect(Collectors.toMap(row -> (String) row.get("status"), row -> (Long) row.get("n")));
    }

    @Test
    void aQuarterOfHistoryHasQuotesInEveryStatusPaidOrdersWithCommissionsAndMonthlyKpis() {
        demoData.load();

        Map<String, Long> quotes = countByStatus("sales_quote", HISTORY_QUOTES);
        assertThat(quotes).containsOnlyKeys("DRAFT", "PENDING_APPROVAL", "APPROVED", "SENT", "ACCEPTED", "REJECTED",
                "EXPIRED", "WITHDRAWN");
        assertThat(quotes.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(5L * DemoSalesHistory.QUOTES_PER_REP);
        Map<String, Long> orders = countByStatus("sales_order", HISTORY_ORDERS);
        assertThat(orders).containsKeys("PAID", "INVOICED");
        assertThat(orders.get("PAID")).isGreaterThanOrEqualTo(5);
        assertThat(orders.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(quotes.get("ACCEPTED"));

        Long paidWithoutCommission = jdbc.queryForObject("select count(*) from sales_order x " + OF_DEMO_REPS
                + " and x.status = 'PAID' and not exists (select 1 from sales_commission c where c.order_id = x.id)",
                Long.class);
        assertThat(paidWithoutCommission).isZero();
        Long oldest = jdbc.queryForObject("select extract(day from now() - min(x.created_at))::bigint from sales_quote x "
                + OF_DEMO_REPS, Long.class);
        assertThat(oldest).isBetween(80L, 95L);
        Long snapshots = jdbc.queryForObject("select count(*) from sales_rep_kpi_snapshot x " + OF_DEMO_REPS
                + " and x.quotes > 0", Long.class);
        assertThat(snapshots).isGreaterThanOrEqualTo(5L * 3);
        Long commissionInKpis = jdbc.queryForObject("select count(*) from sales_rep_kpi_snapshot x " + OF_DEMO_REPS
                + " and x.commission > 0", Long.class);
        assertThat(commissionInKpis).isPositive();
    }

    @Test
    void liveQuotesRunInTheirProcessesAndShowEveryState() {
        demoData.load();

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, Long> quotes = countByStatus("sales_quote", LIVE_QUOTES);
            assertThat(quotes.get("PENDING_APPROVAL")).as("waiting for approval").isEqualTo(6);
            assertThat(quotes.get("SENT")).as("waiting for the customer").isEqualTo(5);
            Map<String, Long> orders = countByStatus("sales_order", LIVE_ORDERS);
            assertThat(orders.get("INVOICED")).as("waiting for payment").isEqualTo(5);
            assertThat(orders.get("PAID")).as("completed").isEqualTo(5);
            assertThat(jdbc.queryForObject("select count(*) from sales_order x " + OF_DEMO_REPS + LIVE_ORDERS
                    + " and exists (select 1 from sales_commission c where c.order_id = x.id)", Long.class))
                    .as("with their commission").isEqualTo(5);
        });
    }
}
