package com.salesos.workflow.embedded;

/** The event definition of an event element. */
enum EventKind {
    NONE, TIMER, MESSAGE, ERROR, TERMINATE
}
