package com.salesos.workflow.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ModelValidationException;
import org.camunda.dmn.parser.ParsedDecision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores deployed files as new versions (all files of one call, or none) and (re)schedules the start events of
 * the latest process versions. A file deployed again unchanged (same name, same checksum) makes no new version.
 */
@Component
class Deployer {

    private final JdbcTemplate jdbc;
    private final ModelParser parser;
    private final Decisions decisions;
    private final Keys keys;
    private final Clock clock;
    private final StartEvents startEvents;

    Deployer(JdbcTemplate jdbc, ModelParser parser, Decisions decisions, Keys keys, Clock clock,
            StartEvents startEvents) {
        this.jdbc = jdbc;
        this.parser = parser;
        this.decisions = decisions;
        this.keys = keys;
        this.clock = clock;
        this.startEvents = startEvents;
    }

    @Transactional
    public List<DeployedModel> deploy(List<ModelResource> resources) {
        List<ModelValidationException.Problem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        List<DeployedModel> result = new ArrayList<>();
        // advisory lock: two nodes deploying at start-up must not both create version n+1
        jdbc.queryForList("select pg_advisory_xact_lock(7001)");
        for (ModelResource resource : resources) {
            String name = resource.name();
            String checksum = sha256(resource.content());
            List<Long> existing = jdbc.queryForList("select key from wf_resource where name = ? and checksum = ?"
                    + " order by key desc limit 1", Long.class, name, checksum);
            if (!existing.isEmpty()) {
                result.addAll(definitionsOf(existing.get(0)));
                continue;
            }
            try {
                if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                    Map<String, Node> processes = parser.parseBpmn(name, resource.content());
                    writes.add(() -> result.addAll(store(resource, checksum, processes, List.of())));
                } else if (name.endsWith(".dmn")) {
                    List<ParsedDecision> parsed = Decisions.decisions(decisions.parse(name, resource.content()));
                    writes.add(() -> result.addAll(store(resource, checksum, Map.of(), parsed)));
                } else {
                    throw ModelParser.invalid(name, "only .bpmn and .dmn files can be deployed");
                }
            } catch (ModelValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelValidationException(problems);
        }
        writes.forEach(Runnable::run);
        return result;
    }

    private List<DeployedModel> store(ModelResource resource, String checksum, Map<String, Node> processes,
            List<ParsedDecision> parsedDecisions) {
        Instant now = clock.instant();
        long resourceKey = keys.next();
        jdbc.update("insert into wf_resource (key, name, checksum, content, deployed_at) values (?,?,?,?,?)",
                resourceKey, resource.name(), checksum, new String(resource.content(), StandardCharsets.UTF_8),
                Store.ts(now));
        List<DeployedModel> out = new ArrayList<>();
        processes.forEach((id, root) -> {
            DeployedModel model = insert(DeployedModel.Kind.PROCESS, id, root.name, resourceKey, resource.name(), now);
            startEvents.schedule(model.key(), id, root, now);
            out.add(model);
        });
        for (ParsedDecision d : parsedDecisions) {
            out.add(insert(DeployedModel.Kind.DECISION, d.id(), d.name(), resourceKey, resource.name(), now));
        }
        return out;
    }

    private DeployedModel insert(DeployedModel.Kind kind, String id, String name, long resourceKey, String resourceName,
            Instant now) {
        Integer latest = jdbc.queryForObject("select coalesce(max(version), 0) from wf_definition where kind = ?"
                + " and model_id = ?", Integer.class, kind.name(), id);
        long key = keys.next();
        jdbc.update("insert into wf_definition (key, kind, model_id, name, version, resource_key, deployed_at)"
                + " values (?,?,?,?,?,?,?)", key, kind.name(), id, name, latest + 1, resourceKey, Store.ts(now));
        return new DeployedModel(key, kind, id, name, latest + 1, resourceName, now);
    }

    private List<DeployedModel> definitionsOf(long resourceKey) {
        return jdbc.query("select d.*, r.name as resource_name from wf_definition d join wf_resource r"
                + " on r.key = d.resource_key where d.resource_key = ? order by d.key", Deployer::model, resourceKey);
    }

    static DeployedModel model(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DeployedModel(rs.getLong("key"), DeployedModel.Kind.valueOf(rs.getString("kind")),
                rs.getString("model_id"), rs.getString("name"), rs.getInt("version"), rs.getString("resource_name"),
                rs.getTimestamp("deployed_at").toInstant());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
