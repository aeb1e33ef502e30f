package com.salesos.routing;

/**
 * A place: longitude/latitude in degrees for road models ({@link #geo}), plane coordinates for Euclidean ones.
 */
public record Location(double x, double y) {

    public static Location geo(double latitude, double longitude) {
        return new Location(longitude, latitude);
    }

    public double latitude() {
        return y;
    }

    public double longitude() {
        return x;
    }
}
