package com.salesos.workflow;

/** What waits at one element of a process version now: tokens (element instances) and open incidents. */
public record ElementStatistics(String elementId, long activeTokens, long openIncidents) {
}
