package com.salesos.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.salesos.platform.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The demo region: three territories of the Munich metropolitan area, outlined by real coordinates. */
enum DemoRegion {

    NORTH("MUC-N", "München Nord", "Schwabing, Milbertshofen, Freimann",
            new double[][] { { 11.545, 48.160 }, { 11.615, 48.158 }, { 11.640, 48.185 }, { 11.625, 48.225 },
                    { 11.560, 48.225 }, { 11.535, 48.190 }, { 11.545, 48.160 } },
            List.of("80801", "80802", "80803", "80804", "80805", "80807", "80809", "80937", "80939"),
            List.of("Leopoldstraße", "Ungererstraße", "Belgradstraße", "Schleißheimer Straße", "Frankfurter Ring",
                    "Knorrstraße", "Freisinger Landstraße", "Hohenzollernstraße")),
    EAST("MUC-O", "München Ost", "Bogenhausen, Berg am Laim, Trudering",
            new double[][] { { 11.600, 48.100 }, { 11.700, 48.100 }, { 11.715, 48.140 }, { 11.690, 48.160 },
                    { 11.615, 48.155 }, { 11.595, 48.130 }, { 11.600, 48.100 } },
            List.of("81671", "81673", "81675", "81677", "81679", "81825", "81827", "81829"),
            List.of("Prinzregentenstraße", "Berg-am-Laim-Straße", "Truderinger Straße", "Wasserburger Landstraße",
                    "Einsteinstraße", "Kreillerstraße", "Bad-Schachener-Straße", "Denninger Straße")),
    SOUTH_WEST("MUC-SW", "München Südwest", "Sendling, Laim, Pasing, Hadern",
            new double[][] { { 11.450, 48.110 }, { 11.550, 48.100 }, { 11.570, 48.125 }, { 11.555, 48.150 },
                    { 11.470, 48.160 }, { 11.440, 48.140 }, { 11.450, 48.110 } },
            List.of("80686", "80687", "80689", "81241", "81243", "81245", "81369", "81373", "81375", "81377"),
            List.of("Landsberger Straße", "Fürstenrieder Straße", "Plinganserstraße", "Gotthardstraße",
                    "Bodenseestraße", "Würmtalstraße", "Lindwurmstraße", "Agnes-Bernauer-Straße"));

    static final String REGION = "Metropolregion München";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    final String code;
    final String displayName;
    final String districts;
    final List<String> postalCodes;
    final List<String> streets;
    private final double[][] outline;

    DemoRegion(String code, String displayName, String districts, double[][] outline, List<String> postalCodes,
            List<String> streets) {
        this.code = code;
        this.displayName = displayName;
        this.districts = districts;
        this.outline = outline;
        this.postalCodes = postalCodes;
        this.streets = streets;
    }

    /** The outline as a GeoJSON Polygon ([lon, lat] positions). */
    String geoJson() {
        String ring = Stream.of(outline).map(p -> String.format(Locale.ROOT, "[%.3f,%.3f]", p[0], p[1]))
                .collect(Collectors.joining(","));
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    /** A place strictly inside the territory, drawn from the seeded random: same seed, same places. */
    GeoPoint randomPlace(Random random) {
        Polygon polygon = GEOMETRY.createPolygon(Stream.of(outline).map(p -> new Coordinate(p[0], p[1]))
                .toArray(Coordinate[]::new));
        var box = polygon.getEnvelopeInternal();
        while (true) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            if (polygon.contains(GEOMETRY.createPoint(new Coordinate(lon, lat)))) {
                return new GeoPoint(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
            }
        }
    }
}
