package com.salesos.workflow.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Multi-instance activities: a body element holds the input collection and the output collection; inner
 * instances get {@code loopCounter} and the input element as local variables, run in parallel or one after the
 * other, and each inner result lands at its index in the output collection.
 */
final class MultiInstance {

    private static final String ITEMS = "items";
    private static final String STARTED = "started";
    private static final String DONE = "done";

    private final Tokens tokens;
    private final Feel feel;

    MultiInstance(Tokens tokens, Feel feel) {
        this.tokens = tokens;
        this.feel = feel;
    }

    void activateBody(Run run, Instance pi, Element body) {
        LoopDef loop = body.node.loop;
        Object collection;
        try {
            collection = feel.evaluate(loop.inputCollection(), pi.view(body.key));
        } catch (Feel.FeelException e) {
            tokens.incident(run, pi, body, Tokens.EXPRESSION_ERROR, e.getMessage(), "ACTIVATE");
            return;
        }
        if (!(collection instanceof List<?> items)) {
            tokens.incident(run, pi, body, Tokens.EXPRESSION_ERROR, "the input collection '"
                    + loop.inputCollection().text() + "' is not a list but " + collection, "ACTIVATE");
            return;
        }
        body.put(ITEMS, Json.normalize(items));
        body.put(STARTED, 0);
        body.put(DONE, 0);
        if (loop.outputCollection() != null) {
            pi.setLocal(body.key, loop.outputCollection(), new ArrayList<>(Collections.nCopies(items.size(), null)));
        }
        tokens.activities().openBoundaries(run, pi, body);
        if (items.isEmpty()) {
            tokens.runCompletion(run, pi, body, body.node.outgoing);
        } else if (loop.sequential()) {
            startInner(run, pi, body);
        } else {
            for (int i = 0; i < items.size(); i++) {
                startInner(run, pi, body);
            }
        }
    }

    private void startInner(Run run, Instance pi, Element body) {
        LoopDef loop = body.node.loop;
        int index = body.intData(STARTED);
        body.put(STARTED, index + 1);
        Element inner = tokens.newElement(run, pi, body.node, body.key, false, true);
        if (loop.inputElement() != null) {
            pi.setLocal(inner.key, loop.inputElement(), ((List<?>) body.data.get(ITEMS)).get(index));
        }
        pi.setLocal(inner.key, "loopCounter", index + 1);
        // like Zeebe: a local output element variable keeps parallel inner instances from overwriting each other
        if (loop.outputElement() != null && loop.outputElement().text().matches("[A-Za-z_][A-Za-z0-9_]*")
                && !loop.outputElement().text().equals(loop.inputElement())) {
            pi.setLocal(inner.key, loop.outputElement().text(), null);
        }
        run.agenda.add(() -> tokens.runActivation(run, pi, inner));
    }

    @SuppressWarnings("unchecked")
    void innerCompleted(Run run, Instance pi, Element body, Element inner) {
        LoopDef loop = body.node.loop;
        Map<String, Object> innerView = pi.view(inner.key);
        int counter = ((Number) innerView.get("loopCounter")).intValue();
        if (loop.outputCollection() != null && loop.outputElement() != null) {
            try {
                Object value = feel.evaluate(loop.outputElement(), innerView);
                List<Object> out = new ArrayList<>((List<Object>) pi.variables.get(body.key).get(loop.outputCollection()));
                out.set(counter - 1, Json.normalize(value));
                pi.setLocal(body.key, loop.outputCollection(), out);
            } catch (Feel.FeelException e) {
                tokens.incident(run, pi, inner, Tokens.EXPRESSION_ERROR, e.getMessage(), "COMPLETE");
                return;
            }
        }
        tokens.remove(run, pi, inner, "COMPLETED");
        int done = body.intData(DONE) + 1;
        body.put(DONE, done);
        int total = ((List<?>) body.data.get(ITEMS)).size();
        if (loop.completionCondition() != null && conditionMet(pi, body, innerView, done, total)) {
            pi.childrenOf(body.key).forEach(child -> tokens.terminate(run, pi, child));
            tokens.runCompletion(run, pi, body, body.node.outgoing);
        } else if (done == total) {
            tokens.runCompletion(run, pi, body, body.node.outgoing);
        } else if (loop.sequential()) {
            startInner(run, pi, body);
        }
    }

    private boolean conditionMet(Instance pi, Element body, Map<String, Object> innerView, int done, int total) {
        Map<String, Object> view = new java.util.HashMap<>(innerView);
        view.put("numberOfInstances", total);
        view.put("numberOfCompletedInstances", done);
        view.put("numberOfActiveInstances", pi.childrenOf(body.key).size());
        return Boolean.TRUE.equals(feel.evaluate(body.node.loop.completionCondition(), view));
    }

    /** On completion of the body, its output collection goes to the enclosing scope. */
    void propagateOutput(Instance pi, Element body) {
        String name = body.node.loop.outputCollection();
        if (name != null) {
            Object value = pi.variables.getOrDefault(body.key, Map.of()).get(name);
            pi.merge(body.flowScopeKey, Collections.singletonMap(name, value));
        }
    }
}
