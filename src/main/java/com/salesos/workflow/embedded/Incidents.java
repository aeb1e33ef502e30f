package com.salesos.workflow.embedded;

/** Runs the step an incident stopped once more, in the phase where it failed. */
final class Incidents {

    private Incidents() {
    }

    static void retry(Run run, Tokens tokens, Instance pi, Element element) {
        String phase = element.data == null ? "ACTIVATE" : String.valueOf(element.data.get("phase"));
        element.state = Element.ACTIVE;
        element.data.remove("phase");
        element.dirty = true;
        if ("COMPLETE".equals(phase)) {
            tokens.runCompletion(run, pi, element, element.node.outgoing);
        } else {
            tokens.reactivate(run, pi, element);
        }
    }
}
