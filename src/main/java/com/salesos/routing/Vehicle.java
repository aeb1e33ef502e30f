package com.salesos.routing;

import java.time.Instant;

/**
 * A rep (or vehicle) for one day: where the day starts and ends ({@code end} null: it ends at the last stop),
 * working hours, an optional lunch break, a capacity (0: unlimited) and its own travel model (null: the
 * problem's).
 */
public record Vehicle(String id, Location start, Location end, Instant shiftStart, Instant shiftEnd,
                      LunchBreak lunch, int capacity, TravelModel travel) {

    public Vehicle {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a vehicle needs an id");
        if (start == null) throw new IllegalArgumentException("vehicle " + id + " needs a start location");
        if (shiftStart == null || shiftEnd == null || !shiftEnd.isAfter(shiftStart)) {
            throw new IllegalArgumentException("vehicle " + id + " needs working hours that end after they start");
        }
        if (capacity < 0) throw new IllegalArgumentException("vehicle " + id + " has a negative capacity");
    }

    /** A vehicle that returns to where it started, without lunch break, capacity limit or own travel model. */
    public static Vehicle of(String id, Location home, Instant shiftStart, Instant shiftEnd) {
        return new Vehicle(id, home, home, shiftStart, shiftEnd, null, 0, null);
    }

    public Vehicle withLunch(LunchBreak lunchBreak) {
        return new Vehicle(id, start, end, shiftStart, shiftEnd, lunchBreak, capacity, travel);
    }

    public Vehicle withCapacity(int newCapacity) {
        return new Vehicle(id, start, end, shiftStart, shiftEnd, lunch, newCapacity, travel);
    }

    public Vehicle withTravel(TravelModel model) {
        return new Vehicle(id, start, end, shiftStart, shiftEnd, lunch, capacity, model);
    }

    public Vehicle endingAt(Location newEnd) {
        return new Vehicle(id, start, newEnd, shiftStart, shiftEnd, lunch, capacity, travel);
    }

    /** The rest of the day from a place and a moment (mid-day re-planning). */
    public Vehicle startingAt(Location position, Instant time) {
        return new Vehicle(id, position, end, time, shiftEnd, lunch, capacity, travel);
    }
}
