package com.salesos.workflow.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One executable element of a process, read from the model once per deployed version: the engine never walks
 * the XML DOM while running, only these nodes.
 */
final class Node {
    final String id;
    final Kind kind;
    String name;
    Node flowScope;
    final List<Flow> incoming = new ArrayList<>();
    final List<Flow> outgoing = new ArrayList<>();
    Flow defaultFlow;

    EventKind event = EventKind.NONE;
    TimerDef timer;
    String messageName;
    Expr correlationKey;
    String errorCode;
    boolean interrupting = true;
    Node attachedTo;
    final List<Node> boundaries = new ArrayList<>();

    final List<Mapping> inputs = new ArrayList<>();
    final List<Mapping> outputs = new ArrayList<>();
    Expr jobType;
    Expr jobRetries;
    final Map<String, String> headers = new LinkedHashMap<>();
    Expr script;
    String resultVariable;
    Expr decisionId;
    UserTaskDef userTask;
    Expr calledProcessId;
    boolean propagateAllChildVariables = true;
    boolean propagateAllParentVariables = true;
    LoopDef loop;

    /** Children of a sub-process (or process): elements whose flow scope this is. */
    final List<Node> children = new ArrayList<>();
    Node noneStart;

    Node(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    boolean hasJob() {
        return jobType != null;
    }

    boolean isTerminalEnd() {
        return kind == Kind.END_EVENT && event == EventKind.TERMINATE;
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
