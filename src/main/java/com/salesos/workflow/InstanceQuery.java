package com.salesos.workflow;

/**
 * Filters for the instance search; null means "any". {@code businessKey} matches keys that start with it;
 * {@code state} INCIDENT means active with an open incident, ACTIVE active without one.
 */
public record InstanceQuery(String bpmnProcessId, ProcessInstance.InstanceState state, String businessKey, int page,
        int size) {
}
