package com.salesos.workflow;

import java.util.Map;

/**
 * Thrown by a worker for a business outcome the model handles (e.g. {@code OUT_OF_STOCK}): caught by an error
 * boundary event with that code, or an incident when nothing catches it. The variables are set where it is caught.
 */
public class BpmnError extends RuntimeException {

    private final String code;
    private final Map<String, Object> variables;

    public BpmnError(String code, String message) {
        this(code, message, Map.of());
    }

    public BpmnError(String code, String message, Map<String, Object> variables) {
        super(message);
        this.code = code;
        this.variables = variables == null ? Map.of() : variables;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> variables() {
        return variables;
    }
}
