package com.salesos.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a rep's day stands: their position at {@code now}, the stops already visited (fixed, so no longer
 * planned) and, when a visit is under way, that stop and when it will now end (later than planned when it
 * overran). Cancelled visits are simply left out of the problem's stops.
 */
public record DayUnderWay(String vehicleId, Location position, Instant now, Set<String> visited,
                          String stopUnderWay, Instant underWayEnds) {

    public DayUnderWay {
        visited = visited == null ? Set.of() : Set.copyOf(visited);
        if (vehicleId == null || position == null || now == null) {
            throw new IllegalArgumentException("a day under way needs vehicleId, position and now");
        }
        if (stopUnderWay != null && underWayEnds == null) {
            throw new IllegalArgumentException("a visit under way needs the time it ends");
        }
    }

    RouteProblem applyTo(RouteProblem problem) {
        Vehicle vehicle = problem.vehicles().stream().filter(v -> v.id().equals(vehicleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown vehicle " + vehicleId));
        Location from = position;
        Instant time = now;
        if (stopUnderWay != null) {
            from = problem.stops().stream().filter(s -> s.id().equals(stopUnderWay)).findFirst()
                    .map(Stop::location).orElse(position);
            time = underWayEnds.isAfter(now) ? underWayEnds : now;
        }
        Vehicle resumed = vehicle.startingAt(from, time).withLunch(lunchStillPossible(vehicle.lunch(), time));
        List<Vehicle> vehicles = problem.vehicles().stream().map(v -> v.id().equals(vehicleId) ? resumed : v).toList();
        List<Stop> open = problem.stops().stream().filter(s -> isOpen(s.id())).toList();
        Map<String, List<String>> order = new LinkedHashMap<>();
        problem.currentOrder().forEach((v, ids) -> order.put(v, new ArrayList<>(ids.stream().filter(this::isOpen).toList())));
        return new RouteProblem(vehicles, open, problem.travel(), problem.timeLimit(), order, problem.seed());
    }

    private boolean isOpen(String stopId) {
        return !visited.contains(stopId) && !stopId.equals(stopUnderWay);
    }

    /** A lunch whose window has (partly) passed is kept for what is left of it, or dropped if it no longer fits. */
    private static LunchBreak lunchStillPossible(LunchBreak lunch, Instant time) {
        if (lunch == null || !time.isAfter(lunch.from())) return lunch;
        if (time.plus(lunch.duration()).isAfter(lunch.to())) return null;
        return new LunchBreak(time, lunch.to(), lunch.duration());
    }
}
