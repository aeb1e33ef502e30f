package com.salesos.workbench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.salesos.platform.NotFoundException;
import com.salesos.workbench.DecisionTable.Column;
import com.salesos.workbench.DecisionTable.Field;
import com.salesos.workbench.DecisionTable.Rule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.dmn.instance.UnaryTests;

/**
 * Reads a decision from DMN XML into a {@link DecisionTable}. The model parser refuses document type declarations,
 * so no external entity is ever resolved.
 */
final class DmnTables {

    /** Inputs a tester can fill in: plain names or paths; other expressions are computed from those. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private DmnTables() {
    }

    /** @throws NotFoundException when the XML defines no decision with that id */
    static DecisionTable read(String xml, String decisionId) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        if (!(model.getModelElementById(decisionId) instanceof Decision decision)) {
            throw new NotFoundException("Decision", decisionId);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        return table(decision, fields, new HashSet<>());
    }

    private static DecisionTable table(Decision decision, Map<String, Field> fields, Set<String> seen) {
        seen.add(decision.getId());
        List<DecisionTable> required = new ArrayList<>();
        Set<String> requiredIds = new HashSet<>();
        for (InformationRequirement r : decision.getInformationRequirements()) {
            Decision d = r.getRequiredDecision();
            if (d != null && !seen.contains(d.getId())) {
                requiredIds.add(d.getId());
                required.add(table(d, fields, seen));
            }
        }
        if (decision.getExpression() instanceof org.camunda.bpm.model.dmn.instance.DecisionTable t) {
            List<Column> inputs = t.getInputs().stream().map(i -> {
                String expression = text(i.getInputExpression() == null ? null : i.getInputExpression().getText());
                String type = i.getInputExpression() == null ? null : i.getInputExpression().getTypeRef();
                if (expression != null && PATH.matcher(expression).matches() && !requiredIds.contains(expression)) {
                    fields.putIfAbsent(expression, new Field(expression, label(i.getLabel(), expression), type));
                }
                return new Column(label(i.getLabel(), expression), expression, type);
            }).toList();
            List<Column> outputs = t.getOutputs().stream()
                    .map(o -> new Column(label(o.getLabel(), o.getName()), o.getName(), o.getTypeRef())).toList();
            List<Rule> rules = t.getRules().stream().map(r -> new Rule(r.getId(),
                    r.getInputEntries().stream().map(UnaryTests::getText).map(DmnTables::text).toList(),
                    r.getOutputEntries().stream().map(LiteralExpression::getText).map(DmnTables::text).toList(),
                    description(r))).toList();
            return new DecisionTable(decision.getId(), decision.getName(), t.getHitPolicy().name(), inputs, outputs,
                    rules, null, required, List.copyOf(fields.values()));
        }
        String literal = decision.getExpression() instanceof LiteralExpression e ? text(e.getText()) : "";
        return new DecisionTable(decision.getId(), decision.getName(), null, List.of(), List.of(), List.of(),
                literal == null ? "" : literal, required, List.copyOf(fields.values()));
    }

    private static String description(DmnElement element) {
        return element.getDescription() == null ? null : element.getDescription().getTextContent();
    }

    private static String label(String label, String fallback) {
        return label == null || label.isBlank() ? fallback : label;
    }

    private static String text(Text text) {
        return text == null ? null : text.getTextContent();
    }
}
