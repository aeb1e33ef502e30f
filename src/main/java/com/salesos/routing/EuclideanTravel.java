package com.salesos.routing;

/** Plane distance at full double precision (the Solomon best-known values use it unrounded). */
record EuclideanTravel() implements TravelModel {

    @Override
    public double distance(Location from, Location to) {
        return Math.hypot(from.x() - to.x(), from.y() - to.y());
    }

    @Override
    public double seconds(Location from, Location to) {
        return distance(from, to);
    }
}
