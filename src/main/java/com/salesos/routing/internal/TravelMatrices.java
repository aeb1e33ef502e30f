package com.salesos.routing.internal;

import com.salesos.routing.Location;
import com.salesos.routing.RouteProblem;
import com.salesos.routing.TravelModel;
import com.salesos.routing.Vehicle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every place of a problem numbered once, and per travel model the full distance and time matrices. */
final class TravelMatrices {

    private final Map<Location, Integer> indexes = new LinkedHashMap<>();
    private final Map<TravelModel, Integer> models = new IdentityHashMap<>();
    final List<double[][]> distances = new ArrayList<>();
    final List<double[][]> times = new ArrayList<>();
    final double maxDistance;

    TravelMatrices(RouteProblem problem) {
        problem.vehicles().forEach(v -> {
            index(v.start());
            if (v.end() != null) index(v.end());
        });
        problem.stops().forEach(s -> index(s.location()));
        List<Location> places = new ArrayList<>(indexes.keySet());
        models.put(problem.travel(), 0);
        problem.vehicles().stream().map(Vehicle::travel).filter(t -> t != null)
                .forEach(t -> models.putIfAbsent(t, models.size()));
        double max = 0;
        List<TravelModel> ordered = new ArrayList<>(models.keySet());
        ordered.sort((a, b) -> models.get(a) - models.get(b));
        for (TravelModel model : ordered) {
            int n = places.size();
            double[][] d = new double[n][n];
            double[][] t = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[i][j] = model.distance(places.get(i), places.get(j));
                    t[i][j] = model.seconds(places.get(i), places.get(j));
                    max = Math.max(max, d[i][j]);
                }
            }
            distances.add(d);
            times.add(t);
        }
        maxDistance = max > 0 ? max : 1;
    }

    int index(Location place) {
        return indexes.computeIfAbsent(place, p -> indexes.size());
    }

    int modelIndex(Vehicle vehicle) {
        return vehicle.travel() == null ? 0 : models.get(vehicle.travel());
    }
}
