package com.salesos.workflow;

import java.time.Duration;

/** How long element instances of one element took (activated to completed or terminated) within a period. */
public record ElementDuration(String elementId, long count, Duration average, Duration p90) {
}
