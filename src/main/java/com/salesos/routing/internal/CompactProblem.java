package com.salesos.routing.internal;

import com.salesos.routing.Stop;
import com.salesos.routing.TimeWindow;
import com.salesos.routing.Vehicle;
import java.util.List;

/**
 * A route problem in flat arrays for the fleet minimisation of {@link FleetMinimizer}: stops with at most one
 * time window, vehicles that return to an end place, no lunch breaks, times in seconds from the model's origin
 * and the same travel matrices as the jsprit model, so a plan feasible here is feasible for jsprit. Problems
 * outside that shape ({@link #of} answers null) skip fleet minimisation and use the jsprit phases alone.
 */
final class CompactProblem {

    final int stops;
    final int vehicles;
    final int[] location;
    final double[] service;
    final int[] demand;
    final double[] early;
    final double[] late;
    final int[] start;
    final int[] end;
    final double[] shiftStart;
    final double[] shiftEnd;
    final int[] capacity;
    final double[][][] distance;
    final double[][][] time;
    /** Per stop the other stops, nearest first (in the problem's own travel model). */
    final int[][] neighbours;
    final String[] stopIds;
    final String[] vehicleIds;

    private CompactProblem(ProblemModel model) {
        List<Stop> stopList = model.problem().stops();
        List<Vehicle> fleet = model.vehicles();
        stops = stopList.size();
        vehicles = fleet.size();
        location = new int[stops];
        service = new double[stops];
        demand = new int[stops];
        early = new double[stops];
        late = new double[stops];
        stopIds = new String[stops];
        for (int i = 0; i < stops; i++) {
            Stop s = stopList.get(i);
            stopIds[i] = s.id();
            location[i] = model.matrices.index(s.location());
            service[i] = s.service().toNanos() / 1e9;
            demand[i] = s.demand();
            TimeWindow w = s.windows().isEmpty() ? null : s.windows().get(0);
            early[i] = w == null ? 0 : Math.max(0, model.seconds(w.from()));
            late[i] = w == null ? Double.MAX_VALUE : model.seconds(w.to());
        }
        start = new int[vehicles];
        end = new int[vehicles];
        shiftStart = new double[vehicles];
        shiftEnd = new double[vehicles];
        capacity = new int[vehicles];
        distance = new double[vehicles][][];
        time = new double[vehicles][][];
        vehicleIds = new String[vehicles];
        for (int v = 0; v < vehicles; v++) {
            Vehicle vehicle = fleet.get(v);
            vehicleIds[v] = vehicle.id();
            start[v] = model.matrices.index(vehicle.start());
            end[v] = model.matrices.index(vehicle.end());
            shiftStart[v] = model.seconds(vehicle.shiftStart());
            shiftEnd[v] = model.seconds(vehicle.shiftEnd());
            capacity[v] = vehicle.capacity() == 0 ? Integer.MAX_VALUE / 2 : vehicle.capacity();
            int m = model.matrices.modelIndex(vehicle);
            distance[v] = model.matrices.distances.get(m);
            time[v] = model.matrices.times.get(m);
        }
        double[][] d = model.matrices.distances.get(0);
        neighbours = new int[stops][];
        for (int i = 0; i < stops; i++) {
            final int from = location[i];
            neighbours[i] = java.util.stream.IntStream.range(0, stops).boxed()
                    .sorted((a, b) -> Double.compare(d[from][location[a]], d[from][location[b]]))
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    /** The compact form, or null when the problem has lunch breaks, open routes, several windows a stop, or one vehicle. */
    static CompactProblem of(ProblemModel model) {
        List<Vehicle> fleet = model.vehicles();
        if (fleet.size() < 2 || model.problem().stops().size() < 2) return null;
        if (fleet.stream().anyMatch(v -> v.lunch() != null || v.end() == null)) return null;
        if (model.problem().stops().stream().anyMatch(s -> s.windows().size() > 1)) return null;
        return new CompactProblem(model);
    }
}
