package com.salesos.routes;

import com.salesos.platform.GeoPoint;
import com.salesos.routing.Location;
import com.salesos.routing.TravelModel;

/**
 * Travel between two places by car, with the routing module's road model (great-circle distance × 1.3 at 40 km/h),
 * so a route plan's times and the optimiser's agree; minutes are rounded up for the timetable.
 */
final class TravelTimes {

    static final double ROAD_FACTOR = 1.3;
    /** Town and suburb traffic, stops and parking included. */
    static final double AVERAGE_KMH = 40.0;
    private static final TravelModel ROAD = TravelModel.road(ROAD_FACTOR, AVERAGE_KMH);

    private TravelTimes() {
    }

    static double roadKm(GeoPoint from, GeoPoint to) {
        return ROAD.distance(Location.geo(from.lat(), from.lon()), Location.geo(to.lat(), to.lon())) / 1000;
    }

    /** Whole minutes, rounded up: a plan that is a minute early is better than one that is late. */
    static int minutes(double roadKm) {
        return (int) Math.ceil(roadKm / AVERAGE_KMH * 60 - 1e-9);
    }
}
