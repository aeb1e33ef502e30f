package com.salesos.workflow.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A process instance loaded for one command: its active element instances and its variables by scope. Changes
 * are tracked here and written by {@link Store#flush} at the end of the command.
 */
final class Instance {
    static final String ACTIVE = "ACTIVE";
    static final String COMPLETED = "COMPLETED";
    static final String CANCELED = "CANCELED";

    final long key;
    final long rootKey;
    final ProcessModel model;
    final String businessKey;
    final Long parentInstanceKey;
    final Long parentElementInstanceKey;
    final Instant startedAt;
    String state = ACTIVE;
    Instant endedAt;
    boolean isNew;
    boolean dirty;

    final Map<Long, Element> elements = new LinkedHashMap<>();
    final Map<Long, Map<String, Object>> variables = new HashMap<>();
    final Set<List<Object>> changedVariables = new HashSet<>();
    final List<Long> removedElements = new ArrayList<>();

    Instance(long key, long rootKey, ProcessModel model, String businessKey, Long parentInstanceKey,
            Long parentElementInstanceKey, Instant startedAt) {
        this.key = key;
        this.rootKey = rootKey;
        this.model = model;
        this.businessKey = businessKey;
        this.parentInstanceKey = parentInstanceKey;
        this.parentElementInstanceKey = parentElementInstanceKey;
        this.startedAt = startedAt;
    }

    boolean isActive() {
        return ACTIVE.equals(state);
    }

    List<Element> childrenOf(long scopeKey) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements.values()) {
            if (e.flowScopeKey == scopeKey) {
                out.add(e);
            }
        }
        return out;
    }

    /** The scope keys from the given scope up to the instance (the root scope), innermost first. */
    List<Long> scopeChain(long scopeKey) {
        List<Long> chain = new ArrayList<>();
        long current = scopeKey;
        while (current != key) {
            chain.add(current);
            Element e = elements.get(current);
            if (e == null) {
                break;
            }
            current = e.flowScopeKey;
        }
        chain.add(key);
        return chain;
    }

    /** What an expression evaluated in this scope sees: inner variables hide outer ones of the same name. */
    Map<String, Object> view(long scopeKey) {
        List<Long> chain = scopeChain(scopeKey);
        Map<String, Object> view = new HashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Map<String, Object> vars = variables.get(chain.get(i));
            if (vars != null) {
                view.putAll(vars);
            }
        }
        return view;
    }

    void setLocal(long scopeKey, String name, Object value) {
        variables.computeIfAbsent(scopeKey, k -> new HashMap<>()).put(name, value);
        changedVariables.add(List.of(scopeKey, name));
    }

    /**
     * Zeebe's propagation: each variable is set in the nearest scope (from {@code scopeKey} up) that already
     * has it, else created in the root scope.
     */
    void merge(long scopeKey, Map<String, Object> values) {
        List<Long> chain = scopeChain(scopeKey);
        values.forEach((name, value) -> {
            long target = key;
            for (long scope : chain) {
                Map<String, Object> vars = variables.get(scope);
                if (vars != null && vars.containsKey(name)) {
                    target = scope;
                    break;
                }
            }
            setLocal(target, name, value == Variables.NullValue.NULL ? null : value);
        });
    }

    Map<String, Object> rootVariables() {
        return variables.getOrDefault(key, Map.of());
    }
}
