package com.salesos.routing;

import java.time.Duration;

/**
 * The plan against the current order, both evaluated with the same travel model: the current order's
 * distance, travel time and late visits, and what the plan saves.
 */
public record Improvement(double currentDistance, Duration currentTravelTime, int currentLateVisits,
                          double distanceSaved, Duration travelTimeSaved, double distanceSavedPercent) {
}
