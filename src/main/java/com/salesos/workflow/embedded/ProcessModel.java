package com.salesos.workflow.embedded;

import java.util.Map;

/** An executable process of one deployed version: its root node and every element by id. */
record ProcessModel(long definitionKey, String bpmnProcessId, int version, Node root, Map<String, Node> nodes) {

    Node node(String elementId) {
        Node n = nodes.get(elementId);
        if (n == null) {
            throw new IllegalStateException("Element " + elementId + " is not in " + bpmnProcessId + " v" + version);
        }
        return n;
    }

    /** Every node of a process by id, walking into sub-processes. */
    static Map<String, Node> index(Node root) {
        Map<String, Node> nodes = new java.util.HashMap<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(root.children);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            nodes.put(n.id, n);
            todo.addAll(n.children);
        }
        nodes.put(root.id, root);
        return nodes;
    }
}
