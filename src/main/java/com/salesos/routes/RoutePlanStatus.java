package com.salesos.routes;

/** Where a planned day stands; it moves on as visits are logged against its stops. */
public enum RoutePlanStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED
}
