package com.salesos.workflow.embedded;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * An attribute value of a model: a FEEL expression (Zeebe's leading {@code =}) parsed once at deployment, or a
 * static value taken as it is.
 */
record Expr(String text, ParsedExpression parsed) {

    static Expr constant(String text) {
        return new Expr(text, null);
    }

    boolean isStatic() {
        return parsed == null;
    }
}
