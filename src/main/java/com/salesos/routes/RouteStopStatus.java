package com.salesos.routes;

/** Whether a planned stop was visited. */
public enum RouteStopStatus {
    PLANNED, VISITED, SKIPPED, CANCELLED
}
