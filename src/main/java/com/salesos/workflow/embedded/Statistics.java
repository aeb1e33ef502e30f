package com.salesos.workflow.embedded;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.salesos.workflow.ElementDuration;
import com.salesos.workflow.ElementStatistics;
import com.salesos.workflow.InstancePage;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.InstanceSummary;
import com.salesos.workflow.ProcessInstance.InstanceState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Read side for operators: instance search, tokens and incidents per element, time spent per element. */
@Component
class Statistics {

    private static final String OPEN_INCIDENT = "exists (select 1 from wf_incident i where i.process_instance_key = p.key"
            + " and i.state = 'OPEN')";

    private final JdbcTemplate jdbc;

    Statistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    InstancePage instances(InstanceQuery q) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (q.bpmnProcessId() != null) {
            where.append(" and p.bpmn_process_id = ?");
            args.add(q.bpmnProcessId());
        }
        if (q.businessKey() != null) {
            // a prefix search; LIKE wildcards in the input are taken literally
            where.append(" and p.business_key like ? escape '\\'");
            args.add(q.businessKey().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.state() != null) {
            where.append(switch (q.state()) {
                case ACTIVE -> " and p.state = 'ACTIVE' and not " + OPEN_INCIDENT;
                case INCIDENT -> " and p.state = 'ACTIVE' and " + OPEN_INCIDENT;
                default -> " and p.state = '" + q.state().name() + "'";
            });
        }
        Long total = jdbc.queryForObject("select count(*) from wf_process_instance p" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<InstanceSummary> items = jdbc.query("select p.*, " + OPEN_INCIDENT + " as incident"
                + " from wf_process_instance p" + where + " order by p.started_at desc, p.key desc limit ? offset ?",
                (rs, i) -> new InstanceSummary(rs.getLong("key"), rs.getString("bpmn_process_id"), rs.getInt("version"),
                        rs.getLong("definition_key"), rs.getString("business_key"),
                        "ACTIVE".equals(rs.getString("state")) && rs.getBoolean("incident") ? InstanceState.INCIDENT
                                : InstanceState.valueOf(rs.getString("state")),
                        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at"))),
                pageArgs.toArray());
        return new InstancePage(items, q.page(), q.size(), total == null ? 0 : total);
    }

    List<ElementStatistics> elementStatistics(long definitionKey) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.query("select e.element_id, count(*) from wf_element_instance e join wf_process_instance p"
                + " on p.key = e.process_instance_key where p.definition_key = ? and e.key <> p.key"
                + " group by e.element_id", rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[2])[0] = rs.getLong(2);
                }, definitionKey);
        jdbc.query("select i.element_id, count(*) from wf_incident i join wf_process_instance p"
                + " on p.key = i.process_instance_key where p.definition_key = ? and i.state = 'OPEN'"
                + " group by i.element_id", rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[2])[1] = rs.getLong(2);
                }, definitionKey);
        return counts.entrySet().stream()
                .map(e -> new ElementStatistics(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    List<ElementDuration> elementDurations(String bpmnProcessId, Instant from, Instant to) {
        return jdbc.query("select a.element_id, count(*), avg(extract(epoch from e.at - a.at)),"
                + " percentile_cont(0.9) within group (order by extract(epoch from e.at - a.at))"
                + " from wf_history a join wf_history e on e.process_instance_key = a.process_instance_key"
                + " and e.element_instance_key = a.element_instance_key and e.event in ('COMPLETED', 'TERMINATED')"
                + " join wf_process_instance p on p.key = a.process_instance_key"
                + " where a.event = 'ACTIVATED' and a.element_instance_key <> p.key and p.bpmn_process_id = ?"
                + " and e.at >= ? and e.at < ? group by a.element_id order by a.element_id",
                (rs, i) -> new ElementDuration(rs.getString(1), rs.getLong(2), seconds(rs.getDouble(3)),
                        seconds(rs.getDouble(4))),
                bpmnProcessId, Timestamp.from(from), Timestamp.from(to));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
