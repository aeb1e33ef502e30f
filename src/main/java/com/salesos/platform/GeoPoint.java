package com.salesos.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A place on earth in WGS 84 degrees; the constructor refuses latitudes outside ±90 and longitudes outside ±180. */
public record GeoPoint(@JsonProperty(required = true) double lat, @JsonProperty(required = true) double lon) {

    /** Mean earth radius (IUGG), the one the distances here use. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("lat must be between -90 and 90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lon must be between -180 and 180");
        }
    }

    /** The point, or null when both coordinates are null. */
    public static GeoPoint ofNullable(Double lat, Double lon) {
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    /** Great-circle (haversine) distance in kilometres. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
