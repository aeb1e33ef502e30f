package com.salesos.workflow.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.salesos.workflow.Message;
import com.salesos.workflow.PublishedMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes a message in one command: correlates it to every instance waiting for it (one subscription per
 * instance), starts instances of processes with a matching message start event, and buffers it for its time
 * to live. A message id already buffered under the same name makes the publication a no-op.
 */
@Component
class Messages {

    private final JdbcTemplate jdbc;
    private final Keys keys;
    private final Store store;
    private final Loader loader;
    private final Tokens tokens;
    private final Subscriptions subscriptions;
    private final Deployments deployments;

    Messages(JdbcTemplate jdbc, Keys keys, Store store, Loader loader, Tokens tokens, Subscriptions subscriptions,
            Deployments deployments) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.store = store;
        this.loader = loader;
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.deployments = deployments;
    }

    PublishedMessage publish(Run run, Message message) {
        String name = message.name();
        String key = message.correlationKey() == null ? "" : message.correlationKey();
        // lock the waiting instances' roots before the advisory lock: commands lock in the order root, advisory
        TreeSet<Long> roots = new TreeSet<>();
        for (Long pi : waitingInstances(name, key)) {
            Long root = store.rootOf(pi);
            if (root != null) {
                roots.add(root);
            }
        }
        roots.forEach(store::lockRoot);
        subscriptions.lock(name, key);
        if (message.messageId() != null) {
            List<Long> existing = jdbc.queryForList("select key from wf_message where name = ? and message_id = ?"
                    + " and expires_at > ?", Long.class, name, message.messageId(), Store.ts(run.now));
            if (!existing.isEmpty()) {
                return new PublishedMessage(existing.get(0), 0, true);
            }
        }
        long messageKey = keys.next();
        boolean buffered = message.timeToLive().toMillis() > 0;
        Map<String, Object> variables = new LinkedHashMap<>(message.variables());
        List<Long> correlated = new ArrayList<>();
        List<Map<String, Object>> waiting = jdbc.queryForList("select process_instance_key, element_instance_key,"
                + " element_id from wf_message_subscription where message_name = ? and correlation_key = ? order by key",
                name, key);
        for (Map<String, Object> sub : waiting) {
            long piKey = (Long) sub.get("process_instance_key");
            if (correlated.contains(piKey)) {
                continue;
            }
            Long root = store.rootOf(piKey);
            if (root == null || (!roots.contains(root) && !store.lockRoot(root))) {
                continue;
            }
            Instance pi = loader.instance(run, piKey);
            Element owner = pi == null ? null : pi.elements.get((Long) sub.get("element_instance_key"));
            if (owner == null || !pi.isActive()) {
                continue;
            }
            correlated.add(piKey);
            Node event = pi.model.node((String) sub.get("element_id"));
            tokens.activities().trigger(run, pi, owner, event, variables);
        }
        correlated.addAll(startInstances(run, name, key, variables));
        if (buffered) {
            jdbc.update("insert into wf_message (key, name, correlation_key, message_id, variables, expires_at)"
                    + " values (?,?,?,?,?,?)", messageKey, name, key, message.messageId(), Json.write(variables),
                    Store.ts(run.now.plus(message.timeToLive())));
            correlated.forEach(pi -> run.messageCorrelations.add(new long[] { messageKey, pi }));
        }
        return new PublishedMessage(messageKey, correlated.size(), false, correlated);
    }

    private List<Long> waitingInstances(String name, String key) {
        return jdbc.queryForList("select distinct process_instance_key from wf_message_subscription"
                + " where message_name = ? and correlation_key = ?", Long.class, name, key);
    }

    private List<Long> startInstances(Run run, String name, String key, Map<String, Object> variables) {
        List<Long> started = new ArrayList<>();
        List<Map<String, Object>> starts = jdbc.queryForList("select definition_key, model_id, element_id"
                + " from wf_start_event where message_name = ?", name);
        for (Map<String, Object> start : starts) {
            String processId = (String) start.get("model_id");
            if (!key.isEmpty() && !jdbc.queryForList("select 1 from wf_process_instance where bpmn_process_id = ?"
                    + " and business_key = ? and state = 'ACTIVE' limit 1", processId, key).isEmpty()) {
                continue; // Zeebe: one active instance per process and correlation key
            }
            ProcessModel model = deployments.process((Long) start.get("definition_key"));
            Node event = model.node((String) start.get("element_id"));
            started.add(tokens.start(run, model, event, variables, key.isEmpty() ? null : key, null, null).key);
        }
        return started;
    }
}
