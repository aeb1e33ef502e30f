package com.salesos.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an instance looks like now: state, waiting elements, root variables, open incidents and its history. */
public record ProcessInstance(long key, String bpmnProcessId, int version, long definitionKey, String businessKey,
        InstanceState state, Long parentInstanceKey, Instant startedAt, Instant endedAt,
        List<ActiveElement> activeElements, Map<String, Object> variables, List<Incident> incidents,
        List<HistoryEvent> history) {

    /** The lifecycle of an instance; INCIDENT is an active instance with at least one open incident. */
    public enum InstanceState {
        ACTIVE, COMPLETED, CANCELED, INCIDENT
    }

    /** An element instance that holds a token (a waiting task, event or sub-process). */
    public record ActiveElement(long key, String elementId, String elementType, String state) {
    }

    /** One element event in the append-only history (ACTIVATED, COMPLETED, TERMINATED, ...). */
    public record HistoryEvent(long elementInstanceKey, String elementId, String elementType, String event,
            Instant at) {
    }

    public boolean isEnded() {
        return state == InstanceState.COMPLETED || state == InstanceState.CANCELED;
    }

    /** Whether the history holds the given event for an element. */
    public boolean passed(String elementId, String event) {
        return history.stream().anyMatch(h -> h.elementId().equals(elementId) && h.event().equals(event));
    }
}
