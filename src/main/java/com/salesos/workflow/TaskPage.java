package com.salesos.workflow;

import java.util.List;

/** One page of user tasks, oldest first. */
public record TaskPage(List<UserTask> items, int page, int size, long total) {
}
