package com.salesos.routes;

import com.salesos.platform.GeoPoint;

/**
 * Travel between two places by car: great-circle distance × {@link #ROAD_FACTOR} (roads are longer than the crow
 * flies) driven at {@link #AVERAGE_KMH}. A small stand-in until the routing module's travel model is on main.
 */
final class TravelTimes {

    static final double ROAD_FACTOR = 1.3;
    /** Town and suburb traffic, stops and parking included. */
    static final double AVERAGE_KMH = 40.0;

    private TravelTimes() {
    }

    static double roadKm(GeoPoint from, GeoPoint to) {
        return from.distanceKm(to) * ROAD_FACTOR;
    }

    /** Whole minutes, rounded up: a plan that is a minute early is better than one that is late. */
    static int minutes(double roadKm) {
        return (int) Math.ceil(roadKm / AVERAGE_KMH * 60 - 1e-9);
    }
}
