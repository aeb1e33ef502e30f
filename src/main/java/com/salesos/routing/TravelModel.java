package com.salesos.routing;

/**
 * Distance and travel time between two places. The built-in models compute them from coordinates; a routing
 * server's distance matrix can stand behind the same interface.
 */
public interface TravelModel {

    /** Distance: metres for road models, plane units for the Euclidean one. */
    double distance(Location from, Location to);

    /** Travel time in seconds. */
    double seconds(Location from, Location to);

    /**
     * Great-circle distance times a road factor (roads are longer than the crow flies; 1.3 is typical in
     * towns and countryside alike) driven at an average speed.
     */
    static TravelModel road(double roadFactor, double averageKmPerHour) {
        return new RoadTravel(roadFactor, averageKmPerHour);
    }

    /** Plane distance with travel time equal to distance (one unit per second): the Solomon convention. */
    static TravelModel euclidean() {
        return new EuclideanTravel();
    }
}
