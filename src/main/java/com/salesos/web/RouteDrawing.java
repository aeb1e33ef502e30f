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
 * A route plan drawn as SVG coordinates: the stops' latitude and longitude projected into a fixed box
 * ({@link MapProjection}), in visiting order. Stops without a location are left off the drawing (they stay in the list).
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
        MapProjection projection = MapProjection.fitting(
                placed.stream().map(s -> locations.get(s.accountId())).toList(), WIDTH, HEIGHT, MARGIN);
        List<Point> points = new ArrayList<>();
        for (RoutePlanView.Stop s : placed) {
            GeoPoint p = locations.get(s.accountId());
            double x = projection.x(p);
            double y = projection.y(p);
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
}
