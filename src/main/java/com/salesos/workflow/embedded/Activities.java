package com.salesos.workflow.embedded;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.salesos.platform.NotFoundException;

/**
 * What each kind of element does when its token arrives: create a job or a user task, evaluate a script or a
 * decision, open a subscription or a timer, choose gateway flows, call a process; and how catch events, boundary
 * events and BPMN errors move the token on.
 */
final class Activities {

    private final Tokens tokens;
    private final Feel feel;
    private final Deployments deployments;
    private final Decisions decisions;
    private final Loader loader;
    private final Subscriptions subscriptions;
    private final WaitStates waits;

    Activities(Tokens tokens, Keys keys, Feel feel, Deployments deployments, Decisions decisions, Loader loader,
            Subscriptions subscriptions) {
        this.tokens = tokens;
        this.feel = feel;
        this.deployments = deployments;
        this.decisions = decisions;
        this.loader = loader;
        this.subscriptions = subscriptions;
        this.waits = new WaitStates(keys, feel);
    }

    void activate(Run run, Instance pi, Element e) {
        Node node = e.node;
        switch (node.kind) {
            case START_EVENT, TASK, MANUAL_TASK -> tokens.complete(run, pi, e, null);
            case INTERMEDIATE_THROW_EVENT, END_EVENT -> throwEvent(run, pi, e);
            case SERVICE_TASK, SEND_TASK, USER_TASK, RECEIVE_TASK, SUB_PROCESS, CALL_ACTIVITY, SCRIPT_TASK,
                    BUSINESS_RULE_TASK -> activity(run, pi, e);
            case INTERMEDIATE_CATCH_EVENT -> catchEvent(run, pi, e, e, node);
            case EXCLUSIVE_GATEWAY, INCLUSIVE_GATEWAY -> tokens.runCompletion(run, pi, e, Gateways.choose(feel, pi, e));
            case PARALLEL_GATEWAY -> tokens.runCompletion(run, pi, e, node.outgoing);
            case EVENT_BASED_GATEWAY -> node.outgoing.forEach(f -> catchEvent(run, pi, e, e, f.target));
            case BOUNDARY_EVENT -> tokens.complete(run, pi, e, null);
            default -> throw new StepFailure("UNKNOWN", "element kind " + node.kind + " cannot be activated");
        }
    }

    private void throwEvent(Run run, Instance pi, Element e) {
        Node node = e.node;
        if (node.hasJob()) {
            waits.job(run, pi, e);
        } else if (node.event == EventKind.ERROR) {
            if (!throwError(run, pi, e, node.errorCode, Map.of())) {
                tokens.incident(run, pi, e, "UNHANDLED_ERROR_EVENT", "no error catch event found for error code '"
                        + node.errorCode + "'", "ACTIVATE");
            }
        } else if (node.isTerminalEnd()) {
            for (Element sibling : pi.childrenOf(e.flowScopeKey)) {
                if (sibling != e) {
                    tokens.terminate(run, pi, sibling);
                }
            }
            tokens.complete(run, pi, e, null);
        } else {
            tokens.complete(run, pi, e, null);
        }
    }

    private void activity(Run run, Instance pi, Element e) {
        openBoundaries(run, pi, e);
        Node node = e.node;
        switch (node.kind) {
            case USER_TASK -> waits.userTask(run, pi, e);
            case RECEIVE_TASK -> catchEvent(run, pi, e, e, node);
            case SUB_PROCESS -> run.agenda.add(() -> tokens.activate(run, pi, node.noneStart, e.key, null));
            case CALL_ACTIVITY -> call(run, pi, e);
            case SCRIPT_TASK -> {
                if (node.hasJob()) {
                    waits.job(run, pi, e);
                } else {
                    Object value = feel.evaluate(node.script, pi.view(e.key));
                    tokens.complete(run, pi, e, singleton(node.resultVariable, value));
                }
            }
            case BUSINESS_RULE_TASK -> {
                if (node.hasJob()) {
                    waits.job(run, pi, e);
                } else {
                    tokens.complete(run, pi, e, singleton(node.resultVariable, decide(pi, e)));
                }
            }
            default -> waits.job(run, pi, e);
        }
    }

    private Object decide(Instance pi, Element e) {
        String decisionId = String.valueOf(feel.evaluate(e.node.decisionId, pi.view(e.key)));
        try {
            var decision = deployments.decision(decisionId);
            return decisions.evaluate(decision.dmn(), decisionId, pi.view(e.key)).value();
        } catch (NotFoundException | Decisions.DecisionFailure ex) {
            throw new StepFailure("DECISION_EVALUATION_ERROR", ex.getMessage());
        }
    }

    private void call(Run run, Instance pi, Element e) {
        String processId = String.valueOf(feel.evaluate(e.node.calledProcessId, pi.view(e.key)));
        ProcessModel model;
        try {
            model = deployments.process(processId, null);
        } catch (NotFoundException ex) {
            throw new StepFailure("CALLED_ELEMENT_ERROR", "no process '" + processId + "' is deployed");
        }
        if (model.root().noneStart == null) {
            throw new StepFailure("CALLED_ELEMENT_ERROR", "process '" + processId + "' has no none start event");
        }
        Map<String, Object> variables = e.node.propagateAllParentVariables ? pi.view(e.key)
                : pi.variables.getOrDefault(e.key, Map.of());
        tokens.start(run, model, model.root().noneStart, variables, pi.businessKey, pi, e.key);
    }

    void calledInstanceCompleted(Run run, Instance parent, Element call, Instance child) {
        Map<String, Object> result = call.node.propagateAllChildVariables || !call.node.outputs.isEmpty()
                ? child.rootVariables() : Map.of();
        tokens.complete(run, parent, call, new HashMap<>(result));
    }

    /** Opens the timers and message subscriptions of the boundary events of an activity (or its body). */
    void openBoundaries(Run run, Instance pi, Element e) {
        if (e.node.loop != null && !e.body) {
            return; // boundary events belong to the multi-instance body
        }
        for (Node boundary : e.node.boundaries) {
            if (boundary.event == EventKind.TIMER || boundary.event == EventKind.MESSAGE) {
                catchEvent(run, pi, e, e, boundary);
            }
        }
    }

    /** Opens the wait of a catch event (timer or message) that the owner element instance holds. */
    private void catchEvent(Run run, Instance pi, Element owner, Element scope, Node event) {
        if (event.event == EventKind.TIMER) {
            waits.timer(run, pi, owner, event, pi.view(scope.key));
        } else if (event.event == EventKind.MESSAGE) {
            String key = correlationKey(feel.evaluate(event.correlationKey, pi.view(scope.key)));
            subscriptions.open(run, pi, owner, event, key, this::trigger);
        }
    }

    static String correlationKey(Object value) {
        if (value == null) {
            throw new StepFailure(Tokens.EXPRESSION_ERROR, "the correlation key is null");
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return String.valueOf(n.longValue());
        }
        return String.valueOf(value);
    }

    /** A timer or message arrived for an element instance: move the token as the event's position says. */
    void trigger(Run run, Instance pi, Element owner, Node event, Map<String, Object> payload) {
        if (!pi.elements.containsKey(owner.key)) {
            return;
        }
        if (owner.node == event && !owner.body) {
            tokens.complete(run, pi, owner, payload);
        } else if (owner.node.kind == Kind.EVENT_BASED_GATEWAY) {
            tokens.remove(run, pi, owner, "COMPLETED");
            Element caught = tokens.newElement(run, pi, event, owner.flowScopeKey, false, true);
            tokens.complete(run, pi, caught, payload);
        } else if (event.kind == Kind.BOUNDARY_EVENT) {
            if (event.interrupting) {
                tokens.terminate(run, pi, owner);
            }
            Element caught = tokens.newElement(run, pi, event, owner.flowScopeKey, false, true);
            tokens.complete(run, pi, caught, payload);
        }
    }

    /**
     * Finds the error boundary that catches a BPMN error thrown at an element: on the element, its enclosing
     * scopes, and through call activities into the calling instance. @return false when nothing catches it
     */
    boolean throwError(Run run, Instance pi, Element source, String code, Map<String, Object> variables) {
        Instance current = pi;
        Element element = source;
        while (element != null) {
            if (element.body || element.node.loop == null) {
                for (Node boundary : element.node.boundaries) {
                    if (boundary.event == EventKind.ERROR && (boundary.errorCode == null
                            || boundary.errorCode.equals(code))) {
                        tokens.terminate(run, current, element);
                        Element caught = tokens.newElement(run, current, boundary, element.flowScopeKey, false, true);
                        tokens.complete(run, current, caught, variables);
                        return true;
                    }
                }
            }
            if (element.flowScopeKey == current.key) {
                if (current.parentInstanceKey == null) {
                    return false;
                }
                Instance parent = loader.instance(run, current.parentInstanceKey);
                element = parent == null ? null : parent.elements.get(current.parentElementInstanceKey);
                current = parent;
            } else {
                element = current.elements.get(element.flowScopeKey);
            }
        }
        return false;
    }

    private static Map<String, Object> singleton(String name, Object value) {
        Map<String, Object> out = new HashMap<>();
        if (name != null) {
            out.put(name, value);
        }
        return out;
    }
}
