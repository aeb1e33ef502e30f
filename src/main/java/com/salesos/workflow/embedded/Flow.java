package com.salesos.workflow.embedded;

/** A sequence flow; {@code condition} is null for unconditional flows. */
final class Flow {
    final String id;
    Node source;
    Node target;
    Expr condition;

    Flow(String id) {
        this.id = id;
    }
}
