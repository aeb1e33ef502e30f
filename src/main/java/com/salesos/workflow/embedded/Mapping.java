package com.salesos.workflow.embedded;

/** One {@code zeebe:input} or {@code zeebe:output}: a FEEL source and a (possibly dotted) target variable. */
record Mapping(Expr source, String target) {
}
