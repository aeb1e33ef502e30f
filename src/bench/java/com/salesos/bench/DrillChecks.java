package com.salesos.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The end checks of a drill, read from the product's database and the drill's webhook receiver: every lifecycle
 * finished exactly once, nothing left running or stuck, every outbound event recorded as one delivery and received.
 * Each check is a line {@code ok|FAIL name value (expected ...)}; the drill passes when every line is ok.
 */
final class DrillChecks {

    /** One figure and whether it is what it must be. */
    record Check(String name, long value, String expected, boolean ok) {
        @Override
        public String toString() {
            return String.format("%-4s %-62s %8d%s", ok ? "ok" : "FAIL", name, value,
                    expected.isEmpty() ? "" : "  (expected " + expected + ")");
        }
    }

    private final List<Check> checks = new ArrayList<>();

    List<Check> checks() {
        return checks;
    }

    boolean passed() {
        return checks.stream().allMatch(Check::ok);
    }

    void equal(String name, long value, long expected) {
        checks.add(new Check(name, value, Long.toString(expected), value == expected));
    }

    void zero(String name, long value) {
        equal(name, value, 0);
    }

    /** A figure reported for the record, not checked. */
    void info(String name, long value) {
        checks.add(new Check(name, value, "", true));
    }

    /**
     * The business records and the engine's tables after {@code lifecycles} client lifecycles, of which the
     * clients saw {@code completed} reach their commission, and what {@code received} (deliveries per event id) got.
     */
    static DrillChecks of(Connection db, int lifecycles, long completed, Map<String, Long> received,
            long badSignatures) throws SQLException {
        DrillChecks c = new DrillChecks();
        c.equal("lifecycles the clients saw reach their commission", completed, lifecycles);
        c.equal("quotes (one per Idempotency-Key)", count(db, "select count(*) from sales_quote"), lifecycles);
        long accepted = count(db, "select count(*) from sales_quote where status = 'ACCEPTED'");
        c.equal("accepted quotes", accepted, lifecycles);
        long orders = count(db, "select count(*) from sales_order where source = 'QUOTE'");
        c.equal("orders from quotes (= accepted quotes)", orders, accepted);
        c.zero("quotes with more than one order", count(db,
                "select count(*) from (select quote_id from sales_order where quote_id is not null"
                        + " group by quote_id having count(*) > 1) d"));
        long paid = count(db, "select count(*) from sales_order where payment_state = 'PAID'");
        c.equal("paid orders (= orders)", paid, orders);
        c.equal("commissions (= paid orders)", count(db, "select count(*) from sales_commission"), paid);
        c.zero("orders with more than one commission", count(db,
                "select count(*) from (select order_id from sales_commission group by order_id having count(*) > 1) d"));
        c.zero("process instances still active", count(db,
                "select count(*) from wf_process_instance where state = 'ACTIVE'"));
        c.info("process instances completed", count(db,
                "select count(*) from wf_process_instance where state = 'COMPLETED'"));
        c.zero("incidents (open or resolved)", count(db, "select count(*) from wf_incident"));
        c.zero("jobs left", count(db, "select count(*) from wf_job"));
        c.info("service and send tasks completed (jobs run)", count(db,
                "select count(*) from wf_history where event = 'COMPLETED'"
                        + " and element_type in ('SERVICE_TASK', 'SEND_TASK')"));
        c.zero("element instances completed more than once", count(db,
                "select count(*) from (select element_instance_key from wf_history where event = 'COMPLETED'"
                        + " group by element_instance_key having count(*) > 1) d"));
        c.zero("internal event publications not completed", count(db,
                "select count(*) from event_publication where completion_date is null"));

        Set<String> events = new HashSet<>(strings(db, "select id::text from outbox_event"));
        c.info("outbound events (outbox)", events.size());
        c.zero("events not fanned out", count(db, "select count(*) from outbox_event where fanned_out_at is null"));
        c.equal("deliveries recorded (one per event)", count(db, "select count(*) from webhook_delivery"),
                events.size());
        c.equal("deliveries DELIVERED", count(db, "select count(*) from webhook_delivery where state = 'DELIVERED'"),
                events.size());
        c.info("delivery attempts recorded beyond the first", count(db,
                "select coalesce(sum(attempts - 1), 0) from webhook_delivery"));
        c.equal("event ids received at least once", events.stream().filter(received::containsKey).count(),
                events.size());
        c.zero("ids received that the outbox does not hold",
                received.keySet().stream().filter(id -> !events.contains(id)).count());
        c.info("deliveries received in all", received.values().stream().mapToLong(Long::longValue).sum());
        c.info("redeliveries received (same id again: at-least-once)",
                received.values().stream().mapToLong(n -> n - 1).sum());
        c.zero("deliveries with a wrong signature", badSignatures);
        return c;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
