package com.salesos.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Small plane problems whose best plans can be worked out by hand: one time unit is one second. */
final class RouteFixtures {

    static final Location DEPOT = new Location(0, 0);

    private RouteFixtures() {
    }

    static Instant at(long seconds) {
        return Instant.EPOCH.plusSeconds(seconds);
    }

    static Vehicle rep(String id, long from, long to) {
        return Vehicle.of(id, DEPOT, at(from), at(to));
    }

    static Stop stop(String id, double x, double y, long serviceSeconds) {
        return Stop.of(id, new Location(x, y), Duration.ofSeconds(serviceSeconds));
    }

    static TimeWindow window(long from, long to) {
        return new TimeWindow(at(from), at(to));
    }

    static RouteProblem problem(List<Vehicle> vehicles, List<Stop> stops) {
        return RouteProblem.of(vehicles, stops, TravelModel.euclidean(), Duration.ofMillis(500)).withSeed(7);
    }
}
