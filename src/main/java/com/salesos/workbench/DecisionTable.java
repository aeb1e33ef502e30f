package com.salesos.workbench;

import java.util.List;

/**
 * A DMN decision as the page draws it: a table (hit policy, inputs, outputs, rules with annotations) or, for a
 * literal expression, its text; {@code fields} are the inputs a tester fills in, from this decision and the
 * decisions it requires.
 */
record DecisionTable(String decisionId, String name, String hitPolicy, List<Column> inputs, List<Column> outputs,
        List<Rule> rules, String literal, List<DecisionTable> required, List<Field> fields) {

    /** An input (label and expression) or an output (label and name) with its type. */
    record Column(String label, String expression, String typeRef) {
    }

    /** One rule: the entries in column order and the annotation the modeler gave it. */
    record Rule(String id, List<String> inputEntries, List<String> outputEntries, String annotation) {
    }

    /** A tester input: a variable name (dots make nested values), its label and type. */
    record Field(String name, String label, String typeRef) {

        public boolean bool() {
            return "boolean".equals(typeRef);
        }
    }

    public boolean isTable() {
        return literal == null;
    }
}
