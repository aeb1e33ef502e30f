package com.salesos.workbench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.salesos.platform.InvalidFieldException;
import com.salesos.workbench.DecisionTable.Field;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.Workflow;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The decision tester: evaluates the latest version of a decision with the inputs typed in (fields named
 * {@code in.<variable>}) and answers the decision page with the outputs and the matched rules highlighted.
 */
@Controller
@PreAuthorize(WorkbenchAccess.OPS)
class DecisionTesterController {

    /** One output value as shown. */
    record Output(String name, String value) {
    }

    private final Workflow workflow;
    private final ModelPages pages;

    DecisionTesterController(Workflow workflow, ModelPages pages) {
        this.workflow = workflow;
        this.pages = pages;
    }

    @PostMapping("/ops/models/{key}/test")
    String test(@PathVariable long key, @RequestParam Map<String, String> params, Model page,
            HttpServletResponse response) {
        DeployedModel model = pages.fill(key, page);
        DecisionTable table = (DecisionTable) page.getAttribute("decision");
        if (table == null) {
            throw new InvalidFieldException("key", "model " + key + " is not a decision");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Field field : table.fields()) {
            String raw = params.get("in." + field.name());
            typed.put(field.name(), raw == null ? "" : raw);
            if (raw != null && !raw.isBlank()) {
                try {
                    put(variables, field.name(), convert(field, raw.trim()));
                } catch (NumberFormatException e) {
                    errors.put(field.name(), "is not a number");
                }
            }
        }
        page.addAttribute("typed", typed);
        page.addAttribute("fieldErrors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "workbench/model";
        }
        try {
            DecisionResult result = workflow.evaluateDecision(model.id(), variables);
            page.addAttribute("result", result);
            page.addAttribute("outputs", outputs(result.value()));
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page.addAttribute("evaluationError", e.errors().get(0).message());
        }
        return "workbench/model";
    }

    private static Object convert(Field field, String raw) {
        return switch (field.typeRef() == null ? "string" : field.typeRef()) {
            case "number", "integer", "long", "double" -> new BigDecimal(raw);
            case "boolean" -> Boolean.parseBoolean(raw);
            default -> raw;
        };
    }

    /** Puts a value at a dotted path, making the nested maps on the way. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> variables, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> scope = variables;
        for (int i = 0; i < parts.length - 1; i++) {
            scope = (Map<String, Object>) scope.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        scope.put(parts[parts.length - 1], value);
    }

    private static List<Output> outputs(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> new Output(String.valueOf(e.getKey()), String.valueOf(e.getValue())))
                    .toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> new Output("", String.valueOf(v))).toList();
        }
        return List.of(new Output("", String.valueOf(value)));
    }
}
