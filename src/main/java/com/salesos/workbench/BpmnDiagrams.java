package com.salesos.workbench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.salesos.workbench.Diagram.Edge;
import com.salesos.workbench.Diagram.Kind;
import com.salesos.workbench.Diagram.Overlay;
import com.salesos.workbench.Diagram.Shape;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.Lane;
import io.camunda.zeebe.model.bpmn.instance.Participant;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnLabel;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;

/**
 * Reads the BPMN-DI layout of a process (as drawn in Camunda Modeler) into a {@link Diagram}. The model parser
 * refuses document type declarations, so no external entity is ever resolved.
 */
final class BpmnDiagrams {

    private static final double PADDING = 24;
    /** Room at the sides for labels and notes wider than their element. */
    private static final double SIDE_PADDING = 64;

    private BpmnDiagrams() {
    }

    static Diagram read(String xml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<Shape> shapes = new ArrayList<>();
        Extent extent = new Extent();
        for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = s.getBpmnElement();
            if (element == null || s.getBounds() == null) {
                continue;
            }
            shapes.add(shape(s, element, extent));
        }
        // pools and expanded sub-processes first, so the elements inside are drawn over them
        shapes.sort((a, b) -> Boolean.compare(!container(a.kind()), !container(b.kind())));
        List<Edge> edges = new ArrayList<>();
        for (BpmnEdge e : model.getModelElementsByType(BpmnEdge.class)) {
            edges.add(edge(e, extent));
        }
        return new Diagram(extent.minX - SIDE_PADDING, extent.minY - PADDING,
                extent.maxX - extent.minX + 2 * SIDE_PADDING, extent.maxY - extent.minY + 2 * PADDING + 16, shapes,
                edges);
    }

    private static boolean container(Kind kind) {
        return kind == Kind.POOL || kind == Kind.SUBPROCESS;
    }

    private static Shape shape(BpmnShape s, BaseElement element, Extent extent) {
        Bounds b = s.getBounds();
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        extent.add(x, y);
        extent.add(x + w, y + h);
        Kind kind = kindOf(element, s);
        String name = element instanceof FlowElement f ? f.getName()
                : element instanceof Participant p ? p.getName() : element instanceof Lane l ? l.getName() : null;
        List<String> lines = Labels.wrap(name, kind == Kind.TASK ? 14 : 22);
        double labelX;
        double labelY;
        switch (kind) {
            case TASK -> {
                labelX = x + w / 2;
                labelY = y + h / 2 - (lines.size() - 1) * 7 + 4;
            }
            case SUBPROCESS, POOL, OTHER -> {
                labelX = x + 8;
                labelY = y + 16;
            }
            default -> {
                BpmnLabel label = s.getBpmnLabel();
                Bounds lb = label == null ? null : label.getBounds();
                labelX = lb == null ? x + w / 2 : lb.getX() + lb.getWidth() / 2;
                labelY = lb == null ? y + h + 14 : lb.getY() + 10;
                extent.add(labelX, labelY + lines.size() * 14);
            }
        }
        return new Shape(element.getId(), kind, x, y, w, h, lines, labelX, labelY, Overlay.NONE);
    }

    private static Kind kindOf(BaseElement element, BpmnShape s) {
        if (element instanceof StartEvent) {
            return Kind.START_EVENT;
        }
        if (element instanceof EndEvent) {
            return Kind.END_EVENT;
        }
        if (element instanceof Event) {
            return Kind.EVENT;
        }
        if (element instanceof Gateway) {
            return Kind.GATEWAY;
        }
        if (element instanceof SubProcess && Boolean.TRUE.equals(s.isExpanded())) {
            return Kind.SUBPROCESS;
        }
        if (element instanceof Activity) {
            return Kind.TASK;
        }
        return element instanceof Participant || element instanceof Lane ? Kind.POOL : Kind.OTHER;
    }

    private static Edge edge(BpmnEdge e, Extent extent) {
        List<String> points = new ArrayList<>();
        double firstX = 0;
        double firstY = 0;
        double secondX = 0;
        double secondY = 0;
        int i = 0;
        for (Waypoint w : e.getWaypoints()) {
            extent.add(w.getX(), w.getY());
            points.add(w.getX() + "," + w.getY());
            if (i == 0) {
                firstX = w.getX();
                firstY = w.getY();
            } else if (i == 1) {
                secondX = w.getX();
                secondY = w.getY();
            }
            i++;
        }
        BaseElement element = e.getBpmnElement();
        String name = element instanceof FlowElement f ? f.getName() : null;
        Bounds lb = e.getBpmnLabel() == null ? null : e.getBpmnLabel().getBounds();
        double labelX = lb == null ? (firstX + secondX) / 2 + 4 : lb.getX() + lb.getWidth() / 2;
        double labelY = lb == null ? (firstY + secondY) / 2 - 4 : lb.getY() + 10;
        return new Edge(element == null ? e.getId() : element.getId(), String.join(" ", points), name, labelX,
                labelY);
    }

    /** The smallest box around everything drawn. */
    private static final class Extent {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;

        void add(double x, double y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
    }
}
