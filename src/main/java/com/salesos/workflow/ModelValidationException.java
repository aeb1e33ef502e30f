package com.salesos.workflow;

import java.util.List;

/** A model the engine refuses: invalid XML, an unsupported element or a broken expression, each problem named. */
public class ModelValidationException extends RuntimeException {

    /** One problem in one file; {@code elementId} is null for problems of the whole file. */
    public record Problem(String resource, String elementId, String elementType, String message) {
    }

    private final List<Problem> problems;

    public ModelValidationException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid model" : describe(problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(Problem p) {
        return p.resource() + (p.elementId() == null ? "" : " element '" + p.elementId() + "'") + ": " + p.message();
    }
}
