package com.salesos.web;

import java.util.Collection;

import com.salesos.platform.GeoPoint;

/**
 * Latitude and longitude projected equirectangularly into a fixed SVG box: longitude scaled by the cosine of the
 * mean latitude (so distances look right at a city's or a territory's scale), the places' extent fitted inside the
 * margin and centred, north up. Shared by the route drawing and the territory map.
 */
record MapProjection(double kx, double minX, double minY, double scale, double offsetX, double offsetY, int height) {

    /** A projection fitting {@code places} (not empty) into {@code width} × {@code height} with {@code margin}. */
    static MapProjection fitting(Collection<GeoPoint> places, int width, int height, int margin) {
        double meanLat = places.stream().mapToDouble(GeoPoint::lat).average().orElse(0);
        double kx = Math.cos(Math.toRadians(meanLat));
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (GeoPoint p : places) {
            minX = Math.min(minX, p.lon() * kx);
            maxX = Math.max(maxX, p.lon() * kx);
            minY = Math.min(minY, p.lat());
            maxY = Math.max(maxY, p.lat());
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-6);
        double scale = Math.min((width - 2.0 * margin) / Math.max(maxX - minX, span / 10),
                (height - 2.0 * margin) / Math.max(maxY - minY, span / 10));
        double offsetX = (width - (maxX - minX) * scale) / 2;
        double offsetY = (height - (maxY - minY) * scale) / 2;
        return new MapProjection(kx, minX, minY, scale, offsetX, offsetY, height);
    }

    double x(GeoPoint p) {
        return round(offsetX + (p.lon() * kx - minX) * scale);
    }

    double y(GeoPoint p) {
        return round(height - offsetY - (p.lat() - minY) * scale); // north up
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
