package com.salesos.reps;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.platform.InvalidFieldException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads a GeoJSON Polygon or MultiPolygon (positions are [lon, lat]) into a JTS geometry, refusing anything that
 * is not a valid, closed area on earth. x is longitude, y latitude.
 */
final class TerritoryBoundary {

    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELD = "boundary";

    private TerritoryBoundary() {
    }

    /** @throws InvalidFieldException naming {@code boundary} when the GeoJSON is not a valid (multi)polygon */
    static Geometry parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw invalid("must be a GeoJSON Polygon or MultiPolygon object");
        }
        String type = node.path("type").asText();
        JsonNode coordinates = node.path("coordinates");
        Geometry geometry = switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                requireArray(coordinates, 1);
                List<Polygon> polygons = new ArrayList<>();
                coordinates.forEach(p -> polygons.add(polygon(p)));
                yield GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw invalid("type must be Polygon or MultiPolygon");
        };
        if (!geometry.isValid()) {
            throw invalid("is not a valid area (rings cross themselves or each other)");
        }
        return geometry;
    }

    /** Reads a boundary stored by {@link #parse}; stored text is valid by construction. */
    static Geometry read(String stored) {
        try {
            return parse(JSON.readTree(stored));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored territory boundary is not JSON", e);
        }
    }

    private static Polygon polygon(JsonNode rings) {
        requireArray(rings, 1);
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        requireArray(positions, 4);
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw invalid("positions must be [lon, lat] number pairs");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw invalid("positions must be [lon, lat] with lon within ±180 and lat within ±90");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw invalid("each ring must end at its first position");
        }
        return GEOMETRY.createLinearRing(coordinates);
    }

    private static void requireArray(JsonNode node, int minSize) {
        if (node == null || !node.isArray() || node.size() < minSize) {
            throw invalid(minSize >= 4 ? "each ring needs at least 4 positions" : "coordinates are missing or empty");
        }
    }

    private static InvalidFieldException invalid(String message) {
        return new InvalidFieldException(FIELD, message);
    }
}
