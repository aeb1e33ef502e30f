package com.salesos.workflow.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The flows an exclusive gateway (the first true one) or an inclusive gateway (every true one) takes. */
final class Gateways {

    private Gateways() {
    }

    static List<Flow> choose(Feel feel, Instance pi, Element gateway) {
        Node node = gateway.node;
        if (node.outgoing.size() == 1 && node.outgoing.get(0).condition == null) {
            return node.outgoing;
        }
        Map<String, Object> view = pi.view(gateway.key);
        List<Flow> chosen = new ArrayList<>();
        for (Flow flow : node.outgoing) {
            if (flow == node.defaultFlow) {
                continue;
            }
            if (flow.condition == null || isTrue(feel, flow, view)) {
                chosen.add(flow);
                if (node.kind == Kind.EXCLUSIVE_GATEWAY) {
                    break;
                }
            }
        }
        if (chosen.isEmpty() && node.defaultFlow != null) {
            chosen.add(node.defaultFlow);
        }
        if (chosen.isEmpty()) {
            throw new StepFailure("CONDITION_ERROR", "no outgoing sequence flow of gateway '" + node.id
                    + "' has a condition that is true, and it has no default flow");
        }
        return chosen;
    }

    private static boolean isTrue(Feel feel, Flow flow, Map<String, Object> view) {
        Object value = feel.evaluate(flow.condition, view);
        if (value != null && !(value instanceof Boolean)) {
            throw new StepFailure("CONDITION_ERROR", "the condition '" + flow.condition.text() + "' of flow '"
                    + flow.id + "' is not a boolean but " + value);
        }
        return Boolean.TRUE.equals(value);
    }
}
