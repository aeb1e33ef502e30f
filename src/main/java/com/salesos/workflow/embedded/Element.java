package com.salesos.workflow.embedded;

import java.util.Map;

/**
 * An element instance holding a token, in memory during one command. {@code body} marks a multi-instance body;
 * WAITING marks a token waiting at a joining gateway, FAILED an element stopped by an incident.
 */
final class Element {
    static final String ACTIVE = "ACTIVE";
    static final String WAITING = "WAITING";
    static final String FAILED = "FAILED";

    final long key;
    final long flowScopeKey;
    final Node node;
    final boolean body;
    String state = ACTIVE;
    Map<String, Object> data;
    boolean isNew;
    boolean dirty;

    Element(long key, long flowScopeKey, Node node, boolean body) {
        this.key = key;
        this.flowScopeKey = flowScopeKey;
        this.node = node;
        this.body = body;
    }

    String type() {
        return body ? Kind.MULTI_INSTANCE_BODY.name() : node.kind.name();
    }

    int intData(String name) {
        Object v = data == null ? null : data.get(name);
        return v == null ? 0 : ((Number) v).intValue();
    }

    void put(String name, Object value) {
        if (data == null) {
            data = new java.util.LinkedHashMap<>();
        }
        data.put(name, value);
        dirty = true;
    }
}
