package com.salesos.workflow.embedded;

/** A timer event definition: an ISO-8601 date, duration or cycle (R[n]/[start/]duration or a cron), maybe FEEL. */
record TimerDef(Type type, Expr expression) {

    enum Type {
        DATE, DURATION, CYCLE
    }
}
