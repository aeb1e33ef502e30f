package com.salesos.routing;

import java.time.Duration;
import java.util.List;

/**
 * The answer: routes of the vehicles used, stops left out with their reasons, totals, the improvement over
 * the current order (null when none was given), and how the search went ({@code cancelled}: stopped early,
 * best plan so far).
 */
public record RoutePlan(List<PlannedRoute> routes, List<LeftOutStop> leftOut, double totalDistance,
                        Duration totalTravelTime, Improvement improvement, RouteProgress search, boolean cancelled) {

    public RoutePlan {
        routes = List.copyOf(routes);
        leftOut = List.copyOf(leftOut);
    }

    public int vehiclesUsed() {
        return routes.size();
    }

    public RoutePlan withImprovement(Improvement newImprovement) {
        return new RoutePlan(routes, leftOut, totalDistance, totalTravelTime, newImprovement, search, cancelled);
    }
}
