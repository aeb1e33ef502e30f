package com.salesos.workflow.embedded;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/** Whether a token in a scope can still arrive at an inclusive gateway (so the join must keep waiting). */
final class Reachability {

    private Reachability() {
    }

    static boolean canReach(Instance pi, Node gateway, long scopeKey) {
        for (Element e : pi.childrenOf(scopeKey)) {
            if (e.node == gateway && Element.WAITING.equals(e.state)) {
                continue;
            }
            if (reaches(e.node, gateway)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reaches(Node from, Node gateway) {
        Set<Node> seen = new HashSet<>();
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            for (Flow f : n.outgoing) {
                if (f.target == gateway) {
                    return true;
                }
                todo.add(f.target);
            }
            n.boundaries.forEach(todo::add);
        }
        return false;
    }
}
