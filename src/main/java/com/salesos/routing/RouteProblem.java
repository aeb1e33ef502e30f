package com.salesos.routing;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to plan: vehicles, stops, the default travel model, how long to search, optionally the current order
 * (vehicle id to stop ids) to compare the plan with, and the random seed of the search.
 */
public record RouteProblem(List<Vehicle> vehicles, List<Stop> stops, TravelModel travel, Duration timeLimit,
                           Map<String, List<String>> currentOrder, long seed) {

    public RouteProblem {
        vehicles = List.copyOf(vehicles);
        stops = List.copyOf(stops);
        currentOrder = currentOrder == null ? Map.of() : Map.copyOf(currentOrder);
        if (travel == null) throw new IllegalArgumentException("a route problem needs a travel model");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        requireUnique(vehicles.stream().map(Vehicle::id).toList(), "vehicle");
        requireUnique(stops.stream().map(Stop::id).toList(), "stop");
        Set<String> stopIds = new HashSet<>(stops.stream().map(Stop::id).toList());
        for (var entry : currentOrder.entrySet()) {
            if (vehicles.stream().noneMatch(v -> v.id().equals(entry.getKey()))) {
                throw new IllegalArgumentException("current order names unknown vehicle " + entry.getKey());
            }
            entry.getValue().stream().filter(id -> !stopIds.contains(id)).findFirst().ifPresent(id -> {
                throw new IllegalArgumentException("current order names unknown stop " + id);
            });
        }
    }

    public static RouteProblem of(List<Vehicle> vehicles, List<Stop> stops, TravelModel travel, Duration timeLimit) {
        return new RouteProblem(vehicles, stops, travel, timeLimit, Map.of(), 42L);
    }

    public RouteProblem withCurrentOrder(Map<String, List<String>> order) {
        return new RouteProblem(vehicles, stops, travel, timeLimit, order, seed);
    }

    public RouteProblem withSeed(long newSeed) {
        return new RouteProblem(vehicles, stops, travel, timeLimit, currentOrder, newSeed);
    }

    public RouteProblem withTimeLimit(Duration limit) {
        return new RouteProblem(vehicles, stops, travel, limit, currentOrder, seed);
    }

    /** The rest of a day already under way, see {@link DayUnderWay}. */
    public RouteProblem resume(DayUnderWay day) {
        return day.applyTo(this);
    }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> !seen.add(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("duplicate " + what + " id " + id);
        });
    }
}
