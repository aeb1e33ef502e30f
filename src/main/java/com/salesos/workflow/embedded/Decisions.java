package com.salesos.workflow.embedded;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.salesos.workflow.ModelValidationException;
import com.salesos.workflow.ModelValidationException.Problem;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecision;
import org.camunda.dmn.parser.ParsedDmn;
import org.springframework.stereotype.Component;
import scala.jdk.javaapi.CollectionConverters;

/**
 * DMN through dmn-scala (the decision engine Zeebe uses): a file is parsed once per deployed version and
 * evaluated with a plain variables map; results come back as plain Java values with the matched rule ids.
 */
@Component
class Decisions {

    private final DmnEngine engine;

    Decisions(Clock clock) {
        this.engine = new DmnEngine.Builder().clock(() -> ZonedDateTime.now(clock)).build();
    }

    /** The decision ids and names of a DMN file, parsed. @throws ModelValidationException when it does not parse */
    ParsedDmn parse(String resource, byte[] content) {
        try {
            SecureXml.check(content);
        } catch (IllegalArgumentException e) {
            throw ModelParser.invalid(resource, e.getMessage());
        }
        var result = engine.parse(new ByteArrayInputStream(content));
        if (result.isLeft()) {
            throw new ModelValidationException(List.of(new Problem(resource, null, "definitions",
                    result.left().get().message())));
        }
        return result.right().get();
    }

    static List<ParsedDecision> decisions(ParsedDmn dmn) {
        return new ArrayList<>(CollectionConverters.asJavaCollection(dmn.decisions()));
    }

    /**
     * The decision's value and the ids of the rules that matched in it and in the decisions it requires.
     *
     * @throws DecisionFailure when evaluation fails
     */
    Evaluation evaluate(ParsedDmn dmn, String decisionId, Map<String, Object> variables) {
        var result = engine.eval(dmn, decisionId, variables);
        if (result.isLeft()) {
            throw new DecisionFailure("decision '" + decisionId + "' failed: " + result.left().get().failure().message());
        }
        var value = result.right().get();
        List<String> rules = new ArrayList<>();
        // every decision table evaluated on the way (the required decisions first, in the order the engine ran
        // them), as a Camunda 8 decision result lists them: a decision that combines tables names their rules
        for (Audit.AuditLogEntry entry : CollectionConverters.asJava(value.auditLog().entries())) {
            if (entry.result() instanceof Audit.DecisionTableEvaluationResult table) {
                CollectionConverters.asJava(table.matchedRules()).forEach(r -> rules.add(r.rule().id()));
            }
        }
        return new Evaluation(value.isNil() ? null : Feel.plain(value.value()), rules);
    }

    record Evaluation(Object value, List<String> matchedRuleIds) {
    }

    /** A decision that cannot be evaluated with the given input (no hit for a unique table, a wrong type). */
    static class DecisionFailure extends RuntimeException {
        DecisionFailure(String message) {
            super(message);
        }
    }
}
