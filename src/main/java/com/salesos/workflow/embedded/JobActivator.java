package com.salesos.workflow.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.salesos.workflow.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes due jobs of the given types with {@code FOR UPDATE SKIP LOCKED} and locks them for a while, so several
 * nodes on one database never take the same job, and a job whose node died is taken again after the lock ends.
 */
@Component
class JobActivator {

    private final JdbcTemplate jdbc;

    JobActivator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public List<Job> activate(List<String> types, int max, String owner, Instant now, Duration lockTimeout) {
        if (types.isEmpty() || max <= 0) {
            return List.of();
        }
        List<Map<String, Object>> rows = jdbc.queryForList("update wf_job j set locked_until = ?, lock_owner = ?"
                + " from (select key from wf_job where type = any(?) and retries > 0 and due_at <= ?"
                + " and (locked_until is null or locked_until < ?) order by due_at, key limit ? for update skip locked) s"
                + " where j.key = s.key returning j.*", Store.ts(now.plus(lockTimeout)), owner,
                types.toArray(String[]::new), Store.ts(now), Store.ts(now), max);
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] instances = rows.stream().map(r -> (Long) r.get("process_instance_key")).distinct().toArray(Long[]::new);
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select key, flow_scope_key from wf_element_instance where process_instance_key = any(?)",
                rs -> {
                    parents.put(rs.getLong(1), rs.getLong(2));
                }, (Object) instances);
        Map<Long, Map<String, Object>> scopes = new HashMap<>();
        jdbc.query("select scope_key, name, value from wf_variable where process_instance_key = any(?)", rs -> {
            scopes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), Json.read(rs.getString(3)));
        }, (Object) instances);
        List<Job> jobs = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            long element = (Long) r.get("element_instance_key");
            long pi = (Long) r.get("process_instance_key");
            List<Long> chain = new ArrayList<>();
            for (Long scope = element; scope != null && scope != pi; scope = parents.get(scope)) {
                chain.add(0, scope);
            }
            chain.add(0, pi);
            Map<String, Object> variables = new HashMap<>();
            chain.forEach(scope -> variables.putAll(scopes.getOrDefault(scope, Map.of())));
            Map<String, String> headers = new HashMap<>();
            if (r.get("headers") != null) {
                Json.readMap((String) r.get("headers")).forEach((k, v) -> headers.put(k, String.valueOf(v)));
            }
            jobs.add(new Job((Long) r.get("key"), (String) r.get("type"), pi, (String) r.get("bpmn_process_id"),
                    (String) r.get("element_id"), element, (Integer) r.get("retries"), variables, headers));
        }
        return jobs;
    }
}
