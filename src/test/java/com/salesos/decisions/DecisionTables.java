package com.salesos.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDmn;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Evaluates the shipped DMN files in {@code dmn/} with dmn-scala (the DMN engine Zeebe and the embedded engine
 * run), turning its Scala values into plain Java ones.
 */
final class DecisionTables {

    static final Path MODELS = Path.of("dmn");

    private static final DmnEngine ENGINE = new DmnEngine.Builder().build();

    private final ParsedDmn dmn;

    private DecisionTables(ParsedDmn dmn) {
        this.dmn = dmn;
    }

    /** Parses {@code dmn/<file>}; a model the engine cannot parse fails the calling test with the engine's reason. */
    static DecisionTables load(String file) {
        try (InputStream in = Files.newInputStream(MODELS.resolve(file))) {
            var parsed = ENGINE.parse(in);
            if (parsed.isLeft()) {
                throw new AssertionError(file + " does not parse: " + parsed.left().get().message());
            }
            return new DecisionTables(parsed.right().get());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** The decision's result and the ids of the rules that matched, in the order the engine evaluated them. */
    record Evaluation(Object value, List<String> matchedRules) {

        @SuppressWarnings("unchecked")
        Map<String, Object> context() {
            return (Map<String, Object>) value;
        }
    }

    Evaluation evaluate(String decisionId, Map<String, Object> variables) {
        var result = ENGINE.eval(dmn, decisionId, variables);
        if (result.isLeft()) {
            throw new AssertionError(decisionId + " failed: " + result.left().get().failure().message());
        }
        var evaluated = result.right().get();
        List<String> rules = new ArrayList<>();
        for (Audit.AuditLogEntry entry : CollectionConverters.asJava(evaluated.auditLog().entries())) {
            if (entry.result() instanceof Audit.DecisionTableEvaluationResult table) {
                CollectionConverters.asJava(table.matchedRules()).forEach(rule -> rules.add(rule.rule().id()));
            }
        }
        return new Evaluation(evaluated.isNil() ? null : toJava(evaluated.value()), rules);
    }

    /** Splits a CSV cell of space-separated rule ids; an empty cell means no rule. */
    static List<String> ruleIds(String cell) {
        return cell == null ? List.of() : List.of(cell.trim().split("\\s+"));
    }

    private static Object toJava(Object value) {
        if (value instanceof scala.collection.Map<?, ?> map) {
            Map<String, Object> java = new LinkedHashMap<>();
            CollectionConverters.asJava(map).forEach((k, v) -> java.put(String.valueOf(k), toJava(v)));
            return java;
        }
        if (value instanceof scala.math.BigDecimal decimal) {
            return decimal.bigDecimal();
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return new BigDecimal(number.toString());
        }
        return value;
    }
}
