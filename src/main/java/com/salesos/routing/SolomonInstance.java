package com.salesos.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon VRPTW instance (name, vehicle count and capacity, a depot and customers with x, y, demand, ready
 * time, due date and service time) read from the standard text format and turned into a route problem:
 * Euclidean distances unrounded, one time unit as one second, service starting within [ready, due].
 */
public record SolomonInstance(String name, int vehicles, int capacity, List<double[]> rows) {

    public static SolomonInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        String name = lines.get(0);
        int vehicles = 0;
        int capacity = 0;
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\\s+");
            if (!Character.isDigit(fields[0].charAt(0))) continue;
            if (fields.length == 2 && rows.isEmpty() && vehicles == 0) {
                vehicles = Integer.parseInt(fields[0]);
                capacity = Integer.parseInt(fields[1]);
            } else if (fields.length == 7) {
                double[] row = new double[7];
                for (int f = 0; f < 7; f++) row[f] = Double.parseDouble(fields[f]);
                rows.add(row);
            }
        }
        if (vehicles == 0 || rows.size() < 2) throw new IOException(file + " is not a Solomon instance");
        return new SolomonInstance(name, vehicles, capacity, List.copyOf(rows));
    }

    /** The route problem with a fleet of {@code vehicles()} identical vehicles at the depot (the first row). */
    public RouteProblem toProblem(Duration timeLimit) {
        double[] depot = rows.get(0);
        Location home = new Location(depot[1], depot[2]);
        List<Vehicle> fleet = new ArrayList<>();
        for (int v = 1; v <= vehicles; v++) {
            fleet.add(Vehicle.of("v" + v, home, at(depot[4]), at(depot[5])).withCapacity(capacity));
        }
        List<Stop> stops = rows.subList(1, rows.size()).stream()
                .map(r -> Stop.of(String.valueOf((int) r[0]), new Location(r[1], r[2]), Duration.ofSeconds((long) r[6]))
                        .withDemand((int) r[3])
                        .within(new TimeWindow(at(r[4]), at(r[5]))))
                .toList();
        return RouteProblem.of(fleet, stops, TravelModel.euclidean(), timeLimit);
    }

    public int customers() {
        return rows.size() - 1;
    }

    private static Instant at(double units) {
        return Instant.EPOCH.plusNanos(Math.round(units * 1e9));
    }
}
