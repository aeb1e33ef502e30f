package com.salesos.routing;

import java.time.Duration;
import java.util.List;

/**
 * A place to visit: how long the visit takes, when it may start (no windows: any time), its priority (1 the
 * highest to 10 the lowest), whether it must be visited, and the load it takes from the vehicle's capacity.
 */
public record Stop(String id, Location location, Duration service, List<TimeWindow> windows, int priority,
                   boolean mandatory, int demand) {

    public Stop {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a stop needs an id");
        if (location == null) throw new IllegalArgumentException("stop " + id + " needs a location");
        if (service == null || service.isNegative()) throw new IllegalArgumentException("stop " + id + " needs a service time of zero or more");
        if (priority < 1 || priority > 10) throw new IllegalArgumentException("stop " + id + " priority must be 1 to 10");
        if (demand < 0) throw new IllegalArgumentException("stop " + id + " has a negative demand");
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    /** A mandatory stop of middle priority, any time of day, without load. */
    public static Stop of(String id, Location location, Duration service) {
        return new Stop(id, location, service, List.of(), 5, true, 0);
    }

    public Stop within(TimeWindow... newWindows) {
        return new Stop(id, location, service, List.of(newWindows), priority, mandatory, demand);
    }

    /** The same stop as optional: visited when it fits, the higher its priority the more detour it is worth. */
    public Stop optional(int newPriority) {
        return new Stop(id, location, service, windows, newPriority, false, demand);
    }

    public Stop withPriority(int newPriority) {
        return new Stop(id, location, service, windows, newPriority, mandatory, demand);
    }

    public Stop withDemand(int newDemand) {
        return new Stop(id, location, service, windows, priority, mandatory, newDemand);
    }
}
