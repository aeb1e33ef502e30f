package com.salesos.workflow;

import java.util.Set;

/**
 * Filters for the task list; null means "any". {@code visibleTo} restricts the result to tasks assigned to that
 * user or offered to them or to one of {@code visibleToGroups} (how a rep sees only their own tasks).
 */
public record TaskQuery(String assignee, String candidateGroup, String candidateUser, Long processInstanceKey,
        UserTask.TaskState state, String visibleTo, Set<String> visibleToGroups, int page, int size) {

    public static TaskQuery all() {
        return new TaskQuery(null, null, null, null, null, null, null, 0, 50);
    }

    public static TaskQuery ofInstance(long processInstanceKey) {
        return new TaskQuery(null, null, null, processInstanceKey, UserTask.TaskState.CREATED, null, null, 0, 50);
    }
}
