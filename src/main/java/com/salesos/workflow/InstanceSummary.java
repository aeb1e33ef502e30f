package com.salesos.workflow;

import java.time.Instant;

/** One row of an instance search: which process and version, its business key, state and times. */
public record InstanceSummary(long key, String bpmnProcessId, int version, long definitionKey, String businessKey,
        ProcessInstance.InstanceState state, Instant startedAt, Instant endedAt) {
}
