package com.salesos.routing;

/** Haversine distance on a spherical earth, stretched by a road factor, at an average speed. */
record RoadTravel(double roadFactor, double averageKmPerHour) implements TravelModel {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    RoadTravel {
        if (roadFactor < 1) throw new IllegalArgumentException("roadFactor must be at least 1");
        if (averageKmPerHour <= 0) throw new IllegalArgumentException("averageKmPerHour must be positive");
    }

    @Override
    public double distance(Location from, Location to) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))) * roadFactor;
    }

    @Override
    public double seconds(Location from, Location to) {
        return distance(from, to) / (averageKmPerHour / 3.6);
    }
}
