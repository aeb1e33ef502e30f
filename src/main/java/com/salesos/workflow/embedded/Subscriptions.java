package com.salesos.workflow.embedded;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Message subscriptions of waiting elements. Opening one first looks for a buffered message with the same name
 * and correlation key that this instance has not taken yet. Both sides take a transaction-scoped advisory lock
 * on (name, correlation key), so a message published while a subscription opens is never missed by both.
 */
@Component
class Subscriptions {

    /** Moves the token of a waiting element when its message arrives. */
    interface Trigger {
        void fire(Run run, Instance pi, Element owner, Node event, Map<String, Object> payload);
    }

    private final JdbcTemplate jdbc;
    private final Keys keys;

    Subscriptions(JdbcTemplate jdbc, Keys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    void open(Run run, Instance pi, Element owner, Node event, String correlationKey, Trigger trigger) {
        run.subscriptions.add(new Run.NewSubscription(keys.next(), pi.key, owner.key, event.id, event.messageName,
                correlationKey));
        lock(event.messageName, correlationKey);
        List<Map<String, Object>> buffered = jdbc.queryForList("select key, variables from wf_message m where name = ?"
                + " and correlation_key = ? and expires_at > ? and not exists (select 1 from wf_message_correlation c"
                + " where c.message_key = m.key and c.process_instance_key = ?) order by key limit 1",
                event.messageName, correlationKey, Store.ts(run.now), pi.key);
        if (buffered.isEmpty()) {
            return;
        }
        long messageKey = (Long) buffered.get(0).get("key");
        if (run.messageCorrelations.stream().anyMatch(c -> c[0] == messageKey && c[1] == pi.key)) {
            return;
        }
        run.messageCorrelations.add(new long[] { messageKey, pi.key });
        Map<String, Object> variables = Json.readMap((String) buffered.get(0).get("variables"));
        run.agenda.add(() -> trigger.fire(run, pi, owner, event, variables));
    }

    void lock(String messageName, String correlationKey) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", messageName + "\n" + correlationKey);
    }
}
