package com.salesos.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.salesos.platform.GeoPoint;
import com.salesos.routes.RoutePlanView;
import com.salesos.routes.RouteStopStatus;

/**
 * A route plan drawn as SVG coordinates: the stops' latitude and longitude projected equirectangularly (longitude
 * scaled by the cosine of the mean latitude, so distances look right at a city's scale) into a fixed box, in
 * visiting order. Stops without a location are left off the drawing (they stay in the list).
 */
record RouteDrawing(int width, int height, List<Point> points, String path) {

    static final int WIDTH = 640;
    static final int HEIGHT = 420;
    private static final int MARGIN = 40;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** A stop on the drawing; {@code label} is "planned arrival (window)" in the plan's zone. */
    record Point(UUID stopId, int sequence, double x, double y, String name, String label, RouteStopStatus status,
            boolean next) {
    }

    static RouteDrawing of(RoutePlanView plan, Map<UUID, GeoPoint> locations, UUID nextStopId) {
        ZoneId zone = ZoneId.of(plan.timeZone());
        List<RoutePlanView.Stop> placed = plan.stops().stream().filter(s -> locations.containsKey(s.accountId()))
                .toList();
        if (placed.isEmpty()) {
            return new RouteDrawing(WIDTH, HEIGHT, List.of(), "");
        }
        double meanLat = placed.stream().mapToDouble(s -> locations.get(s.accountId()).lat()).average().orElse(0);
        double kx = Math.cos(Math.toRadians(meanLat));
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (RoutePlanView.Stop s : placed) {
            GeoPoint p = locations.get(s.accountId());
            minX = Math.min(minX, p.lon() * kx);
            maxX = Math.max(maxX, p.lon() * kx);
            minY = Math.min(minY, p.lat());
            maxY = Math.max(maxY, p.lat());
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-6);
        double scale = Math.min((WIDTH - 2.0 * MARGIN) / Math.max(maxX - minX, span / 10),
                (HEIGHT - 2.0 * MARGIN) / Math.max(maxY - minY, span / 10));
        double offsetX = (WIDTH - (maxX - minX) * scale) / 2;
        double offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
        List<Point> points = new ArrayList<>();
        for (RoutePlanView.Stop s : placed) {
            GeoPoint p = locations.get(s.accountId());
            double x = round(offsetX + (p.lon() * kx - minX) * scale);
            double y = round(HEIGHT - offsetY - (p.lat() - minY) * scale); // north up
            points.add(new Point(s.id(), s.sequence(), x, y, s.accountName(), label(s, zone), s.status(),
                    s.id().equals(nextStopId)));
        }
        String path = points.stream().map(pt -> pt.x() + "," + pt.y()).collect(Collectors.joining(" "));
        return new RouteDrawing(WIDTH, HEIGHT, points, path);
    }

    static String label(RoutePlanView.Stop s, ZoneId zone) {
        String arrival = s.plannedArrival() == null ? "" : HH_MM.format(s.plannedArrival().atZone(zone));
        if (s.timeWindow() == null) {
            return arrival;
        }
        return arrival + " (" + HH_MM.format(s.timeWindow().from()) + "–" + HH_MM.format(s.timeWindow().to()) + ")";
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
