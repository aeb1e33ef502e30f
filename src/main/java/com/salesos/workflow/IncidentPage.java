package com.salesos.workflow;

import java.util.List;

/** One page of incidents, newest first. */
public record IncidentPage(List<Incident> items, int page, int size, long total) {
}
