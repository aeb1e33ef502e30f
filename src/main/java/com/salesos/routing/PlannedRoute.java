package com.salesos.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A vehicle's day: visits in order, when it leaves and gets back (or finishes its last visit), when lunch
 * starts (null: no lunch), distance, travel and waiting time.
 */
public record PlannedRoute(String vehicleId, Instant departure, Instant end, List<PlannedVisit> visits,
                           Instant lunchStart, double distance, Duration travelTime, Duration waiting) {

    public PlannedRoute {
        visits = List.copyOf(visits);
    }

    public List<String> stopIds() {
        return visits.stream().map(PlannedVisit::stopId).toList();
    }
}
