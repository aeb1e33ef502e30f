package com.salesos.routing;

import java.time.Duration;
import java.time.Instant;

/** One visit in a planned route: arrival, waiting for the window to open, start, departure. */
public record PlannedVisit(String stopId, Instant arrival, Instant start, Instant departure, Duration waiting,
                           boolean late) {
}
