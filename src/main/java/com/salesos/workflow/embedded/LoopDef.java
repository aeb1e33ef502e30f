package com.salesos.workflow.embedded;

/** Multi-instance characteristics of an activity. */
record LoopDef(boolean sequential, Expr inputCollection, String inputElement, String outputCollection,
        Expr outputElement, Expr completionCondition) {
}
