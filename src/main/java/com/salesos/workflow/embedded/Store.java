package com.salesos.workflow.embedded;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads instances for a command and writes a command's changes in batches. */
@Component
class Store {

    private final JdbcTemplate jdbc;
    private final Deployments deployments;

    Store(JdbcTemplate jdbc, Deployments deployments) {
        this.jdbc = jdbc;
        this.deployments = deployments;
    }

    /** Locks the root instance row: every command on one instance tree runs one after the other. */
    boolean lockRoot(long rootKey) {
        return !jdbc.queryForList("select key from wf_process_instance where key = ? for update", Long.class, rootKey)
                .isEmpty();
    }

    Long rootOf(long processInstanceKey) {
        List<Long> roots = jdbc.queryForList("select root_key from wf_process_instance where key = ?", Long.class,
                processInstanceKey);
        return roots.isEmpty() ? null : roots.get(0);
    }

    Instance load(long key) {
        List<Instance> found = jdbc.query("select * from wf_process_instance where key = ?", (rs, i) -> {
            ProcessModel model = deployments.process(rs.getLong("definition_key"));
            Instance pi = new Instance(rs.getLong("key"), rs.getLong("root_key"), model, rs.getString("business_key"),
                    (Long) rs.getObject("parent_instance_key"), (Long) rs.getObject("parent_element_instance_key"),
                    rs.getTimestamp("started_at").toInstant());
            pi.state = rs.getString("state");
            Timestamp ended = rs.getTimestamp("ended_at");
            pi.endedAt = ended == null ? null : ended.toInstant();
            return pi;
        }, key);
        if (found.isEmpty()) {
            return null;
        }
        Instance pi = found.get(0);
        jdbc.query("select * from wf_element_instance where process_instance_key = ? order by key", rs -> {
            String type = rs.getString("element_type");
            Element e = new Element(rs.getLong("key"), rs.getLong("flow_scope_key"),
                    pi.model.node(rs.getString("element_id")), Kind.MULTI_INSTANCE_BODY.name().equals(type));
            e.state = rs.getString("state");
            String data = rs.getString("data");
            e.data = data == null ? null : Json.readMap(data);
            pi.elements.put(e.key, e);
        }, key);
        jdbc.query("select scope_key, name, value from wf_variable where process_instance_key = ?", rs -> {
            pi.variables.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                    .put(rs.getString(2), Json.read(rs.getString(3)));
        }, key);
        return pi;
    }

    void flush(Run run) {
        for (Instance pi : run.instances.values()) {
            writeInstance(pi, run);
        }
        batch("insert into wf_job (key, type, process_instance_key, element_instance_key, element_id, bpmn_process_id,"
                + " retries, due_at, headers, created_at) values (?,?,?,?,?,?,?,?,?,?)",
                run.jobs.stream().filter(j -> !run.endedUnwritten(j.elementInstanceKey())).map(j -> new Object[] {
                        j.key(), j.type(), j.processInstanceKey(), j.elementInstanceKey(), j.elementId(),
                        j.bpmnProcessId(), j.retries(), ts(j.dueAt()), j.headers(), ts(run.now) }).toList());
        batch("insert into wf_user_task (key, process_instance_key, bpmn_process_id, element_instance_key, element_id,"
                + " name, assignee, candidate_groups, candidate_users, due_date, follow_up_date, form_key, priority,"
                + " state, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,'CREATED',?)",
                run.tasks.stream().filter(t -> !run.endedUnwritten(t.elementInstanceKey())).map(t -> new Object[] {
                        t.key(), t.processInstanceKey(), t.bpmnProcessId(), t.elementInstanceKey(), t.elementId(),
                        t.name(), t.assignee(), t.candidateGroups(), t.candidateUsers(), ts(t.dueDate()),
                        ts(t.followUpDate()), t.formKey(), t.priority(), ts(run.now) }).toList());
        batch("insert into wf_timer (key, definition_key, process_instance_key, element_instance_key, element_id, due_at,"
                + " repetitions, interval) values (?,?,?,?,?,?,?,?)",
                run.timers.stream().filter(t -> !run.endedUnwritten(t.elementInstanceKey())).map(t -> new Object[] {
                        t.key(), t.definitionKey(), t.processInstanceKey(), t.elementInstanceKey(), t.elementId(),
                        ts(t.dueAt()), t.repetitions(), t.interval() }).toList());
        batch("insert into wf_message_subscription (key, process_instance_key, element_instance_key, element_id,"
                + " message_name, correlation_key, created_at) values (?,?,?,?,?,?,?)",
                run.subscriptions.stream().filter(s -> !run.endedUnwritten(s.elementInstanceKey()))
                        .map(s -> new Object[] { s.key(), s.processInstanceKey(), s.elementInstanceKey(), s.elementId(),
                                s.messageName(), s.correlationKey(), ts(run.now) }).toList());
        batch("insert into wf_incident (key, process_instance_key, bpmn_process_id, element_instance_key, element_id,"
                + " job_key, error_type, message, state, created_at) values (?,?,?,?,?,?,?,?,'OPEN',?)",
                run.incidents.stream().map(i -> new Object[] { i.key(), i.processInstanceKey(), i.bpmnProcessId(),
                        i.elementInstanceKey(), i.elementId(), i.jobKey(), i.errorType(), i.message(), ts(run.now) })
                        .toList());
        batch("insert into wf_message_correlation (message_key, process_instance_key) values (?,?) on conflict do nothing",
                run.messageCorrelations.stream().map(c -> new Object[] { c[0], c[1] }).toList());
        deleteKeys("wf_timer", "key", run.deletedTimers);
        deleteKeys("wf_job", "key", run.deletedJobs);
        deleteKeys("wf_message_subscription", "key", run.deletedSubscriptions);
        List<Long> ended = run.endedElements.stream().filter(k -> !run.newElements.contains(k)).toList();
        if (!ended.isEmpty()) {
            deleteKeys("wf_timer", "element_instance_key", ended);
            deleteKeys("wf_job", "element_instance_key", ended);
            deleteKeys("wf_message_subscription", "element_instance_key", ended);
            jdbc.update("update wf_user_task set state = 'CANCELED', completed_at = ? where state = 'CREATED'"
                    + " and element_instance_key = any(?)", ts(run.now), (Object) longs(ended));
            jdbc.update("update wf_incident set state = 'RESOLVED', resolved_at = ? where state = 'OPEN'"
                    + " and element_instance_key = any(?)", ts(run.now), (Object) longs(ended));
        }
        batch("insert into wf_history (process_instance_key, element_instance_key, element_id, element_type, event, at)"
                + " values (?,?,?,?,?,?)", run.history.stream().map(h -> new Object[] { h.processInstanceKey(),
                        h.elementInstanceKey(), h.elementId(), h.elementType(), h.event(), ts(run.now) }).toList());
    }

    private void writeInstance(Instance pi, Run run) {
        if (pi.isNew) {
            jdbc.update("insert into wf_process_instance (key, root_key, definition_key, bpmn_process_id, version,"
                    + " business_key, state, parent_instance_key, parent_element_instance_key, started_at, ended_at)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?)", pi.key, pi.rootKey, pi.model.definitionKey(),
                    pi.model.bpmnProcessId(), pi.model.version(), pi.businessKey, pi.state, pi.parentInstanceKey,
                    pi.parentElementInstanceKey, ts(pi.startedAt), ts(pi.endedAt));
        } else if (pi.dirty) {
            jdbc.update("update wf_process_instance set state = ?, ended_at = ? where key = ?", pi.state,
                    ts(pi.endedAt), pi.key);
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Element e : pi.elements.values()) {
            String data = e.data == null ? null : Json.write(e.data);
            if (e.isNew) {
                inserts.add(new Object[] { e.key, pi.key, e.flowScopeKey, e.node.id, e.type(), e.state, data });
            } else if (e.dirty) {
                updates.add(new Object[] { e.state, data, e.key });
            }
        }
        batch("insert into wf_element_instance (key, process_instance_key, flow_scope_key, element_id, element_type,"
                + " state, data) values (?,?,?,?,?,?,?)", inserts);
        batch("update wf_element_instance set state = ?, data = ? where key = ?", updates);
        List<Long> removed = pi.removedElements.stream().filter(k -> !run.newElements.contains(k)).toList();
        deleteKeys("wf_element_instance", "key", removed);
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        for (List<Object> changed : pi.changedVariables) {
            long scope = (Long) changed.get(0);
            String name = (String) changed.get(1);
            if (scope != pi.key && !pi.elements.containsKey(scope)) {
                continue; // the scope ended within this command
            }
            Map<String, Object> vars = pi.variables.get(scope);
            if (vars != null && vars.containsKey(name)) {
                upserts.add(new Object[] { scope, name, pi.key, Json.write(vars.get(name)) });
            } else {
                deletes.add(new Object[] { scope, name });
            }
        }
        batch("insert into wf_variable (scope_key, name, process_instance_key, value) values (?,?,?,?)"
                + " on conflict (scope_key, name) do update set value = excluded.value", upserts);
        batch("delete from wf_variable where scope_key = ? and name = ?", deletes);
        deleteKeys("wf_variable", "scope_key", removed);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        bind(c, ps, i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void bind(Connection c, PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof List<?> list) {
            Array array = c.createArrayOf("text", list.toArray());
            ps.setArray(index, array);
        } else {
            ps.setObject(index, value);
        }
    }

    private void deleteKeys(String table, String column, List<Long> keys) {
        if (!keys.isEmpty()) {
            jdbc.update("delete from " + table + " where " + column + " = any(?)", (Object) longs(keys));
        }
    }

    static Long[] longs(List<Long> keys) {
        return keys.toArray(Long[]::new);
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
