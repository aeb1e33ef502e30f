package com.salesos.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesos.platform.GeoPoint;

/**
 * A rep's territories and accounts drawn as SVG: each territory's GeoJSON Polygon or MultiPolygon ([lon, lat]
 * positions) as one path (holes drawn with the even-odd rule), each account as a dot coloured by its visit state,
 * all through one {@link MapProjection} fitted to the boundaries and the accounts together.
 */
record TerritoryDrawing(int width, int height, List<Area> areas, List<Dot> dots) {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int MARGIN = 24;

    /** A territory's outline: {@code path} is SVG path data, empty when the territory has no boundary. */
    record Area(String code, String name, String path) {
    }

    /** An account on the map; {@code state} is one of {@link VisitState}'s css names, {@code title} the tooltip. */
    record Dot(UUID accountId, String name, double x, double y, String state, String title) {
    }

    /** An account to place, with its visit state and tooltip already worked out. */
    record Place(UUID accountId, String name, GeoPoint location, String state, String title) {
    }

    /** A territory to outline: its GeoJSON boundary (may be null). */
    record Outline(String code, String name, JsonNode boundary) {
    }

    static TerritoryDrawing of(List<Outline> outlines, List<Place> places) {
        List<List<List<GeoPoint>>> rings = outlines.stream().map(o -> rings(o.boundary())).toList();
        List<GeoPoint> all = new ArrayList<>();
        rings.forEach(r -> r.forEach(all::addAll));
        places.forEach(p -> all.add(p.location()));
        if (all.isEmpty()) {
            return new TerritoryDrawing(WIDTH, HEIGHT, List.of(), List.of());
        }
        MapProjection projection = MapProjection.fitting(all, WIDTH, HEIGHT, MARGIN);
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < outlines.size(); i++) {
            String path = rings.get(i).stream().filter(r -> !r.isEmpty())
                    .map(r -> r.stream().map(p -> projection.x(p) + "," + projection.y(p))
                            .collect(Collectors.joining(" L", "M", " Z")))
                    .collect(Collectors.joining(" "));
            areas.add(new Area(outlines.get(i).code(), outlines.get(i).name(), path));
        }
        List<Dot> dots = places.stream().map(p -> new Dot(p.accountId(), p.name(), projection.x(p.location()),
                projection.y(p.location()), p.state(), p.title())).toList();
        return new TerritoryDrawing(WIDTH, HEIGHT, areas, dots);
    }

    /** The rings of a Polygon or MultiPolygon; nothing for null or any other geometry. */
    static List<List<GeoPoint>> rings(JsonNode geometry) {
        List<List<GeoPoint>> rings = new ArrayList<>();
        if (geometry == null || !geometry.isObject()) {
            return rings;
        }
        JsonNode coordinates = geometry.path("coordinates");
        switch (geometry.path("type").asText()) {
            case "Polygon" -> coordinates.forEach(ring -> rings.add(ring(ring)));
            case "MultiPolygon" -> coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
            default -> { }
        }
        return rings;
    }

    private static List<GeoPoint> ring(JsonNode ring) {
        List<GeoPoint> points = new ArrayList<>();
        ring.forEach(position -> points.add(new GeoPoint(position.path(1).asDouble(), position.path(0).asDouble())));
        return points;
    }
}
