package com.salesos.workflow.embedded;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.salesos.platform.NotFoundException;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.Incident;
import com.salesos.workflow.IncidentPage;
import com.salesos.workflow.IncidentState;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.ProcessInstance.ActiveElement;
import com.salesos.workflow.ProcessInstance.HistoryEvent;
import com.salesos.workflow.TaskPage;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read side of the engine: instances, tasks, incidents and models straight from the engine tables. */
@Component
class Queries {

    private final JdbcTemplate jdbc;

    Queries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ProcessInstance instance(long key) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from wf_process_instance where key = ?", key);
        if (rows.isEmpty()) {
            throw new NotFoundException("Process instance", key);
        }
        Map<String, Object> r = rows.get(0);
        List<ActiveElement> active = jdbc.query("select key, element_id, element_type, state from wf_element_instance"
                + " where process_instance_key = ? order by key", (rs, i) -> new ActiveElement(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)), key);
        Map<String, Object> variables = new LinkedHashMap<>();
        jdbc.query("select name, value from wf_variable where scope_key = ? order by name",
                rs -> {
                    variables.put(rs.getString(1), Json.read(rs.getString(2)));
                }, key);
        List<Incident> incidents = jdbc.query("select * from wf_incident where process_instance_key = ? and state = 'OPEN'"
                + " order by key", Queries::incident, key);
        List<HistoryEvent> history = jdbc.query("select * from wf_history where process_instance_key = ? order by id",
                (rs, i) -> new HistoryEvent(rs.getLong("element_instance_key"), rs.getString("element_id"),
                        rs.getString("element_type"), rs.getString("event"), instant(rs.getTimestamp("at"))), key);
        String state = (String) r.get("state");
        ProcessInstance.InstanceState s = "ACTIVE".equals(state) && !incidents.isEmpty()
                ? ProcessInstance.InstanceState.INCIDENT : ProcessInstance.InstanceState.valueOf(state);
        return new ProcessInstance(key, (String) r.get("bpmn_process_id"), (Integer) r.get("version"),
                (Long) r.get("definition_key"), (String) r.get("business_key"), s, (Long) r.get("parent_instance_key"),
                instant((Timestamp) r.get("started_at")), instant((Timestamp) r.get("ended_at")), active, variables,
                incidents, history);
    }

    UserTask task(long key) {
        List<UserTask> tasks = jdbc.query("select * from wf_user_task where key = ?", this::mapTask, key);
        if (tasks.isEmpty()) {
            throw new NotFoundException("Task", key);
        }
        return tasks.get(0);
    }

    TaskPage tasks(TaskQuery q) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (q.assignee() != null) {
            where.append(" and assignee = ?");
            args.add(q.assignee());
        }
        if (q.candidateGroup() != null) {
            where.append(" and ? = any(candidate_groups)");
            args.add(q.candidateGroup());
        }
        if (q.candidateUser() != null) {
            where.append(" and ? = any(candidate_users)");
            args.add(q.candidateUser());
        }
        if (q.processInstanceKey() != null) {
            where.append(" and process_instance_key = ?");
            args.add(q.processInstanceKey());
        }
        if (q.state() != null) {
            where.append(" and state = ?");
            args.add(q.state().name());
        }
        if (q.visibleTo() != null) {
            where.append(" and (assignee = ? or ? = any(candidate_users) or candidate_groups && ?::text[])");
            args.add(q.visibleTo());
            args.add(q.visibleTo());
            args.add(q.visibleToGroups() == null ? new String[0] : q.visibleToGroups().toArray(String[]::new));
        }
        Long total = jdbc.queryForObject("select count(*) from wf_user_task" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<UserTask> items = jdbc.query("select * from wf_user_task" + where + " order by key limit ? offset ?",
                this::mapTask, pageArgs.toArray());
        return new TaskPage(items, q.page(), q.size(), total == null ? 0 : total);
    }

    IncidentPage incidents(IncidentState state, int page, int size) {
        String where = state == null ? "" : " where state = '" + state.name() + "'";
        Long total = jdbc.queryForObject("select count(*) from wf_incident" + where, Long.class);
        List<Incident> items = jdbc.query("select * from wf_incident" + where + " order by key desc limit ? offset ?",
                Queries::incident, size, (long) page * size);
        return new IncidentPage(items, page, size, total == null ? 0 : total);
    }

    List<DeployedModel> models() {
        return jdbc.query("select d.*, r.name as resource_name from wf_definition d join wf_resource r"
                + " on r.key = d.resource_key order by d.model_id, d.version", Deployer::model);
    }

    String modelXml(long key) {
        List<String> xml = jdbc.queryForList("select r.content from wf_definition d join wf_resource r"
                + " on r.key = d.resource_key where d.key = ?", String.class, key);
        if (xml.isEmpty()) {
            throw new NotFoundException("Model", key);
        }
        return xml.get(0);
    }

    private UserTask mapTask(ResultSet rs, int row) throws SQLException {
        long elementKey = rs.getLong("element_instance_key");
        long pi = rs.getLong("process_instance_key");
        return new UserTask(rs.getLong("key"), pi, rs.getString("bpmn_process_id"), elementKey,
                rs.getString("element_id"), rs.getString("name"), rs.getString("assignee"),
                Arrays.asList((String[]) rs.getArray("candidate_groups").getArray()),
                Arrays.asList((String[]) rs.getArray("candidate_users").getArray()), instant(rs.getTimestamp("due_date")),
                instant(rs.getTimestamp("follow_up_date")), rs.getString("form_key"), (Integer) rs.getObject("priority"),
                UserTask.TaskState.valueOf(rs.getString("state")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("completed_at")), variablesOf(pi, elementKey));
    }

    /** The variables a task's element sees: its own scope chain, inner names hiding outer ones. */
    private Map<String, Object> variablesOf(long pi, long elementKey) {
        Map<Long, Long> parents = new java.util.HashMap<>();
        jdbc.query("select key, flow_scope_key from wf_element_instance where process_instance_key = ?",
                rs -> {
                    parents.put(rs.getLong(1), rs.getLong(2));
                }, pi);
        List<Long> chain = new ArrayList<>();
        for (Long scope = elementKey; scope != null && scope != pi; scope = parents.get(scope)) {
            chain.add(0, scope);
        }
        chain.add(0, pi);
        Map<Long, Map<String, Object>> scopes = new java.util.HashMap<>();
        jdbc.query("select scope_key, name, value from wf_variable where scope_key = any(?)", rs -> {
            scopes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), Json.read(rs.getString(3)));
        }, (Object) chain.toArray(Long[]::new));
        Map<String, Object> view = new LinkedHashMap<>();
        chain.forEach(scope -> view.putAll(scopes.getOrDefault(scope, Map.of())));
        return view;
    }

    static Incident incident(ResultSet rs, int row) throws SQLException {
        return new Incident(rs.getLong("key"), rs.getLong("process_instance_key"), rs.getString("bpmn_process_id"),
                rs.getLong("element_instance_key"), rs.getString("element_id"), (Long) rs.getObject("job_key"),
                rs.getString("error_type"), rs.getString("message"), IncidentState.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("resolved_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
