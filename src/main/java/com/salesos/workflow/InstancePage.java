package com.salesos.workflow;

import java.util.List;

/** One page of instances, newest first. */
public record InstancePage(List<InstanceSummary> items, int page, int size, long total) {
}
