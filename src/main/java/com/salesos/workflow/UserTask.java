package com.salesos.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A task for a person, created by a user task element; {@code variables} are those visible to the task. */
public record UserTask(long key, long processInstanceKey, String bpmnProcessId, long elementInstanceKey,
        String elementId, String name, String assignee, List<String> candidateGroups, List<String> candidateUsers,
        Instant dueDate, Instant followUpDate, String formKey, Integer priority, TaskState state, Instant createdAt,
        Instant completedAt, Map<String, Object> variables) {

    /** CREATED until completed; CANCELED when its instance or element ended first. */
    public enum TaskState {
        CREATED, COMPLETED, CANCELED
    }
}
