package com.salesos.routing;

import java.time.Duration;

/** Where a search stands: iterations done, time spent, and the best plan so far (vehicles, distance, left out). */
public record RouteProgress(long iterations, Duration elapsed, int vehicles, double distance, int leftOut,
                            double cost) {
}
