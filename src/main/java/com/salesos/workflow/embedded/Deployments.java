package com.salesos.workflow.embedded;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.salesos.platform.NotFoundException;
import org.camunda.dmn.parser.ParsedDmn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deployed versions by key, read once per node and cached (versions never change once deployed, so the cache
 * needs no invalidation; another node's new versions are read on first use).
 */
@Component
class Deployments {

    /** A deployed decision version with its parsed DMN file. */
    record DecisionVersion(long key, String decisionId, int version, ParsedDmn dmn) {
    }

    private final JdbcTemplate jdbc;
    private final ModelParser parser;
    private final Decisions decisions;
    private final Map<Long, ProcessModel> processes = new ConcurrentHashMap<>();
    private final Map<Long, DecisionVersion> decisionVersions = new ConcurrentHashMap<>();

    Deployments(JdbcTemplate jdbc, ModelParser parser, Decisions decisions) {
        this.jdbc = jdbc;
        this.parser = parser;
        this.decisions = decisions;
    }

    ProcessModel process(long definitionKey) {
        return processes.computeIfAbsent(definitionKey, this::loadProcess);
    }

    /** The latest version, or the given one. @throws NotFoundException when there is none */
    ProcessModel process(String bpmnProcessId, Integer version) {
        List<Long> keys = version == null
                ? jdbc.queryForList("select key from wf_definition where kind = 'PROCESS' and model_id = ?"
                        + " order by version desc limit 1", Long.class, bpmnProcessId)
                : jdbc.queryForList("select key from wf_definition where kind = 'PROCESS' and model_id = ? and version = ?",
                        Long.class, bpmnProcessId, version);
        if (keys.isEmpty()) {
            throw new NotFoundException("Process", version == null ? bpmnProcessId : bpmnProcessId + " v" + version);
        }
        return process(keys.get(0));
    }

    /** The latest version of a decision. @throws NotFoundException when there is none */
    DecisionVersion decision(String decisionId) {
        List<Long> keys = jdbc.queryForList("select key from wf_definition where kind = 'DECISION' and model_id = ?"
                + " order by version desc limit 1", Long.class, decisionId);
        if (keys.isEmpty()) {
            throw new NotFoundException("Decision", decisionId);
        }
        return decisionVersions.computeIfAbsent(keys.get(0), this::loadDecision);
    }

    private ProcessModel loadProcess(long key) {
        var row = jdbc.queryForMap("select d.model_id, d.version, r.name, r.content from wf_definition d"
                + " join wf_resource r on r.key = d.resource_key where d.key = ?", key);
        String id = (String) row.get("model_id");
        Map<String, Node> roots = parser.parseBpmn((String) row.get("name"),
                ((String) row.get("content")).getBytes(StandardCharsets.UTF_8));
        Node root = roots.get(id);
        return new ProcessModel(key, id, (Integer) row.get("version"), root, ProcessModel.index(root));
    }

    private DecisionVersion loadDecision(long key) {
        var row = jdbc.queryForMap("select d.model_id, d.version, r.name, r.content from wf_definition d"
                + " join wf_resource r on r.key = d.resource_key where d.key = ?", key);
        ParsedDmn dmn = decisions.parse((String) row.get("name"),
                ((String) row.get("content")).getBytes(StandardCharsets.UTF_8));
        return new DecisionVersion(key, (String) row.get("model_id"), (Integer) row.get("version"), dmn);
    }
}
