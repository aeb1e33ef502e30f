package com.salesos.workflow;

/** Whether an incident still blocks its step. */
public enum IncidentState {
    OPEN, RESOLVED
}
