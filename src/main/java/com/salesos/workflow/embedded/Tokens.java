package com.salesos.workflow.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Moves tokens: activates elements, completes and terminates them, takes sequence flows, joins parallel and
 * inclusive gateways and completes scopes. Element-specific behaviour is in {@link Activities}; variables follow
 * Zeebe's rules (inputs are local to the element, outputs and job results propagate outwards).
 */
@Component
class Tokens {

    static final String EXPRESSION_ERROR = "EXTRACT_VALUE_ERROR";

    private final Keys keys;
    private final Feel feel;
    private final Loader loader;
    private final Activities activities;
    private final MultiInstance multiInstance;

    Tokens(Keys keys, Feel feel, Loader loader, ActivitiesFactory factory) {
        this.keys = keys;
        this.feel = feel;
        this.loader = loader;
        this.activities = factory.create(this);
        this.multiInstance = new MultiInstance(this, feel);
    }

    Activities activities() {
        return activities;
    }

    /** Creates an instance and moves its token from the given start event as far as it goes. */
    Instance start(Run run, ProcessModel model, Node startEvent, Map<String, Object> variables, String businessKey,
            Instance parent, Long parentElementInstanceKey) {
        long key = keys.next();
        Instance pi = new Instance(key, parent == null ? key : parent.rootKey, model, businessKey,
                parent == null ? null : parent.key, parentElementInstanceKey, run.now);
        pi.isNew = true;
        run.instances.put(key, pi);
        variables.forEach((name, value) -> pi.setLocal(key, name, Json.normalize(value)));
        run.history(pi, key, model.bpmnProcessId(), Kind.PROCESS.name(), "ACTIVATED");
        run.agenda.add(() -> activate(run, pi, startEvent, key, null));
        return pi;
    }

    void drain(Run run) {
        Runnable next;
        while ((next = run.agenda.poll()) != null) {
            next.run();
        }
    }

    void activate(Run run, Instance pi, Node node, long scopeKey, Flow via) {
        if (!pi.isActive() || (scopeKey != pi.key && !pi.elements.containsKey(scopeKey))) {
            return;
        }
        boolean joins = (node.kind == Kind.PARALLEL_GATEWAY || node.kind == Kind.INCLUSIVE_GATEWAY)
                && node.incoming.size() > 1;
        if (joins && via != null) {
            Element token = newElement(run, pi, node, scopeKey, false, false);
            token.state = Element.WAITING;
            token.put("flow", via.id);
            tryJoin(run, pi, node, scopeKey);
            return;
        }
        if (node.loop != null) {
            multiInstance.activateBody(run, pi, newElement(run, pi, node, scopeKey, true, true));
            return;
        }
        runActivation(run, pi, newElement(run, pi, node, scopeKey, false, true));
    }

    Element newElement(Run run, Instance pi, Node node, long scopeKey, boolean body, boolean recorded) {
        Element e = new Element(keys.next(), scopeKey, node, body);
        e.isNew = true;
        pi.elements.put(e.key, e);
        run.newElements.add(e.key);
        if (recorded) {
            run.history(pi, e.key, node.id, e.type(), "ACTIVATED");
        }
        return e;
    }

    /** Runs an activation again after its incident was resolved. */
    void reactivate(Run run, Instance pi, Element e) {
        if (e.body) {
            multiInstance.activateBody(run, pi, e);
        } else {
            runActivation(run, pi, e);
        }
    }

    /** Applies the inputs and runs the element's behaviour; a failing expression becomes an incident. */
    void runActivation(Run run, Instance pi, Element e) {
        try {
            for (Mapping input : e.node.inputs) {
                Variables.assign(pi, e.key, input.target(), feel.evaluate(input.source(), pi.view(e.key)), true);
            }
            activities.activate(run, pi, e);
        } catch (Feel.FeelException | IllegalArgumentException | ClassCastException | java.time.DateTimeException ex) {
            incident(run, pi, e, EXPRESSION_ERROR, ex.getMessage(), "ACTIVATE");
        } catch (StepFailure ex) {
            incident(run, pi, e, ex.type, ex.getMessage(), "ACTIVATE");
        }
    }

    /**
     * Completes an element with a result (job variables, message variables, a script result): with output
     * mappings the result is local to the element and the outputs propagate; without, the result propagates.
     */
    void complete(Run run, Instance pi, Element e, Map<String, Object> result) {
        if (result != null && !result.isEmpty()) {
            if (e.node.outputs.isEmpty() || e.body) {
                pi.merge(e.key, normalized(result));
            } else {
                normalized(result).forEach((name, value) -> pi.setLocal(e.key, name, value));
            }
        }
        runCompletion(run, pi, e, e.node.outgoing);
    }

    /** Applies the outputs and leaves the element by the given flows. */
    void runCompletion(Run run, Instance pi, Element e, List<Flow> flows) {
        if (!e.body && !e.node.outputs.isEmpty()) {
            try {
                Map<String, Object> view = pi.view(e.key);
                Map<String, Object> out = new LinkedHashMap<>();
                for (Mapping output : e.node.outputs) {
                    out.put(output.target(), feel.evaluate(output.source(), view));
                }
                out.forEach((target, value) -> Variables.assign(pi, e.flowScopeKey, target, value, false));
            } catch (Feel.FeelException | IllegalArgumentException ex) {
                incident(run, pi, e, EXPRESSION_ERROR, ex.getMessage(), "COMPLETE");
                return;
            }
        }
        Element scope = pi.elements.get(e.flowScopeKey);
        if (scope != null && scope.body && !e.body) {
            multiInstance.innerCompleted(run, pi, scope, e);
            return;
        }
        if (e.body) {
            multiInstance.propagateOutput(pi, e);
        }
        remove(run, pi, e, "COMPLETED");
        leave(run, pi, e, flows);
    }

    void leave(Run run, Instance pi, Element e, List<Flow> flows) {
        if (flows.isEmpty()) {
            scopeMaybeCompleted(run, pi, e.flowScopeKey);
            return;
        }
        for (Flow flow : flows) {
            run.agenda.add(() -> activate(run, pi, flow.target, e.flowScopeKey, flow));
        }
    }

    void remove(Run run, Instance pi, Element e, String event) {
        pi.elements.remove(e.key);
        pi.variables.remove(e.key);
        pi.removedElements.add(e.key);
        run.endedElements.add(e.key);
        if (!Element.WAITING.equals(e.state)) {
            run.history(pi, e.key, e.node.id, e.type(), event);
        }
    }

    void terminate(Run run, Instance pi, Element e) {
        for (Element child : pi.childrenOf(e.key)) {
            terminate(run, pi, child);
        }
        if (e.node.kind == Kind.CALL_ACTIVITY && !e.body) {
            for (Instance child : loader.calledBy(run, e.key)) {
                cancel(run, child);
            }
        }
        remove(run, pi, e, "TERMINATED");
    }

    void cancel(Run run, Instance pi) {
        if (!pi.isActive()) {
            return;
        }
        for (Element e : pi.childrenOf(pi.key)) {
            terminate(run, pi, e);
        }
        pi.state = Instance.CANCELED;
        pi.endedAt = run.now;
        pi.dirty = true;
        run.history(pi, pi.key, pi.model.bpmnProcessId(), Kind.PROCESS.name(), "TERMINATED");
    }

    void scopeMaybeCompleted(Run run, Instance pi, long scopeKey) {
        List<Element> children = pi.childrenOf(scopeKey);
        if (!children.isEmpty()) {
            Set<Node> waitingJoins = new HashSet<>();
            for (Element child : children) {
                if (Element.WAITING.equals(child.state) && child.node.kind == Kind.INCLUSIVE_GATEWAY) {
                    waitingJoins.add(child.node);
                }
            }
            waitingJoins.forEach(node -> tryJoin(run, pi, node, scopeKey));
            return;
        }
        if (scopeKey == pi.key) {
            completeInstance(run, pi);
            return;
        }
        Element scope = pi.elements.get(scopeKey);
        if (scope != null && !scope.body) {
            complete(run, pi, scope, null);
        }
    }

    private void completeInstance(Run run, Instance pi) {
        if (!pi.isActive()) {
            return;
        }
        pi.state = Instance.COMPLETED;
        pi.endedAt = run.now;
        pi.dirty = true;
        run.history(pi, pi.key, pi.model.bpmnProcessId(), Kind.PROCESS.name(), "COMPLETED");
        if (pi.parentInstanceKey != null) {
            Instance parent = loader.instance(run, pi.parentInstanceKey);
            Element call = parent == null ? null : parent.elements.get(pi.parentElementInstanceKey);
            if (call != null) {
                activities.calledInstanceCompleted(run, parent, call, pi);
            }
        }
    }

    private void tryJoin(Run run, Instance pi, Node gateway, long scopeKey) {
        List<Element> tokens = new ArrayList<>();
        Set<String> arrived = new HashSet<>();
        for (Element child : pi.childrenOf(scopeKey)) {
            if (child.node == gateway && Element.WAITING.equals(child.state)) {
                tokens.add(child);
                arrived.add((String) child.data.get("flow"));
            }
        }
        if (tokens.isEmpty()) {
            return;
        }
        boolean all = gateway.incoming.stream().allMatch(f -> arrived.contains(f.id));
        if (!all && (gateway.kind == Kind.PARALLEL_GATEWAY || Reachability.canReach(pi, gateway, scopeKey))) {
            return;
        }
        Set<String> consumed = new HashSet<>();
        for (Element token : tokens) {
            if (consumed.add((String) token.data.get("flow"))) {
                remove(run, pi, token, "CONSUMED");
            }
        }
        runActivation(run, pi, newElement(run, pi, gateway, scopeKey, false, true));
    }

    void incident(Run run, Instance pi, Element e, String type, String message, String phase) {
        e.state = Element.FAILED;
        e.put("phase", phase);
        run.incidents.add(new Run.NewIncident(keys.next(), pi.key, pi.model.bpmnProcessId(), e.key, e.node.id, null,
                type, message));
    }

    private static Map<String, Object> normalized(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, Json.normalize(v)));
        return out;
    }
}
