package com.salesos.workbench;

import java.util.List;
import java.util.Map;

/**
 * A BPMN diagram ready to draw as SVG: shapes and edges in diagram coordinates, each shape with what the page
 * lays over it (tokens, incidents, highlight, heat). Helper methods are public because the page templates call
 * them (SpEL sees only public methods).
 */
record Diagram(double minX, double minY, double width, double height, List<Shape> shapes, List<Edge> edges) {

    /** How a shape is drawn. */
    enum Kind {
        START_EVENT, END_EVENT, EVENT, GATEWAY, TASK, SUBPROCESS, POOL, OTHER
    }

    /** One element; {@code lines} is its name wrapped for the shape, drawn at (labelX, labelY). */
    record Shape(String id, Kind kind, double x, double y, double w, double h, List<String> lines, double labelX,
            double labelY, Overlay overlay) {

        public double cx() {
            return x + w / 2;
        }

        public double cy() {
            return y + h / 2;
        }

        public double r() {
            return Math.min(w, h) / 2;
        }

        /** The diamond of a gateway as SVG polygon points. */
        public String diamond() {
            return cx() + "," + y + " " + (x + w) + "," + cy() + " " + cx() + "," + (y + h) + " " + x + "," + cy();
        }
    }

    /** A sequence flow (or association) as SVG polyline points, with its name at (labelX, labelY). */
    record Edge(String id, String points, String label, double labelX, double labelY) {
    }

    /** What a page shows on one element; {@code heat} is 0..1 (null: no heat map). */
    record Overlay(long tokens, long incidents, boolean highlighted, Double heat, String note) {

        static final Overlay NONE = new Overlay(0, 0, false, null, null);

        /** The heat as a fill colour from pale yellow (0) to red (1). */
        public String heatColour() {
            double h = heat == null ? 0 : Math.max(0, Math.min(1, heat));
            int green = (int) Math.round(235 - 185 * h);
            int blue = (int) Math.round(180 - 150 * h);
            return "rgb(250," + green + "," + blue + ")";
        }
    }

    public String viewBox() {
        return minX + " " + minY + " " + width + " " + height;
    }

    /** The same diagram with overlays by element id (elements not in the map get none). */
    Diagram with(Map<String, Overlay> overlays) {
        return new Diagram(minX, minY, width, height, shapes.stream()
                .map(s -> new Shape(s.id(), s.kind(), s.x(), s.y(), s.w(), s.h(), s.lines(), s.labelX(), s.labelY(),
                        overlays.getOrDefault(s.id(), Overlay.NONE)))
                .toList(), edges);
    }
}
