package com.salesos.workflow;

import java.time.Instant;

/** A step that cannot go on without help: a job out of retries, an uncaught BPMN error, a failing expression. */
public record Incident(long key, long processInstanceKey, String bpmnProcessId, long elementInstanceKey,
        String elementId, Long jobKey, String errorType, String message, IncidentState state, Instant createdAt,
        Instant resolvedAt) {
}
