package com.salesos.workflow.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a mapping's result to its target, which may be a dotted path into a context ({@code order.total}). */
final class Variables {

    private Variables() {
    }

    /**
     * @param local true for input mappings (a local variable of the element), false for outputs (propagated from
     *              the given scope outwards)
     */
    static void assign(Instance pi, long scopeKey, String target, Object value, boolean local) {
        Object normalized = Json.normalize(value);
        int dot = target.indexOf('.');
        String name = dot < 0 ? target : target.substring(0, dot);
        Object stored = normalized;
        if (dot >= 0) {
            Object current = local ? pi.variables.getOrDefault(scopeKey, Map.of()).get(name) : pi.view(scopeKey).get(name);
            Map<String, Object> root = current instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
            Map<String, Object> cursor = root;
            String[] path = target.substring(dot + 1).split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                Object next = cursor.get(path[i]);
                Map<String, Object> child = next instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
                cursor.put(path[i], child);
                cursor = child;
            }
            cursor.put(path[path.length - 1], normalized);
            stored = root;
        }
        if (local) {
            pi.setLocal(scopeKey, name, stored);
        } else {
            pi.merge(scopeKey, Map.of(name, stored == null ? NullValue.NULL : stored));
        }
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** Map.of refuses nulls; this marker carries a null through {@link Instance#merge}. */
    enum NullValue {
        NULL
    }
}
