package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Break;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.salesos.routing.RouteProblem;
import com.salesos.routing.Stop;
import com.salesos.routing.TimeWindow;
import com.salesos.routing.TravelModel;
import com.salesos.routing.Vehicle;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A route problem as jsprit sees it: times in seconds from the earliest shift start, places as indexes into
 * distance and time matrices (one pair per travel model, computed once), one jsprit vehicle per rep.
 */
public final class ProblemModel {

    final RouteProblem problem;
    final Instant origin;
    final TravelMatrices matrices;
    final VehicleRoutingProblem vrp;
    private final Map<String, Stop> stopsById = new HashMap<>();
    private final Map<String, Vehicle> vehiclesById = new HashMap<>();

    public ProblemModel(RouteProblem problem) {
        this.problem = problem;
        this.origin = problem.vehicles().stream().map(Vehicle::shiftStart).min(Instant::compareTo).orElse(Instant.EPOCH);
        this.matrices = new TravelMatrices(problem);
        problem.stops().forEach(s -> stopsById.put(s.id(), s));
        problem.vehicles().forEach(v -> vehiclesById.put(v.id(), v));
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(new MatrixCosts(matrices));
        problem.vehicles().forEach(v -> builder.addVehicle(vehicle(v)));
        problem.stops().forEach(s -> builder.addJob(service(s)));
        this.vrp = builder.build();
    }

    public RouteProblem problem() {
        return problem;
    }

    public Stop stop(String id) {
        return stopsById.get(id);
    }

    public Vehicle vehicle(String id) {
        return vehiclesById.get(id);
    }

    public TravelModel travelOf(Vehicle vehicle) {
        return vehicle.travel() != null ? vehicle.travel() : problem.travel();
    }

    double seconds(Instant time) {
        return Duration.between(origin, time).toNanos() / 1e9;
    }

    boolean isMandatory(Job job) {
        return !(job instanceof Break) && stopsById.get(job.getId()).mandatory();
    }

    private VehicleImpl vehicle(Vehicle v) {
        VehicleTypeImpl.Builder type = VehicleTypeImpl.Builder.newInstance("type-" + v.id()).setCostPerDistance(1);
        type.addCapacityDimension(0, v.capacity() == 0 ? Integer.MAX_VALUE / 2 : v.capacity());
        VehicleImpl.Builder builder = VehicleImpl.Builder.newInstance(v.id())
                .setType(type.build())
                .setUserData(matrices.modelIndex(v))
                .setStartLocation(location(v.start()))
                .setEarliestStart(seconds(v.shiftStart()))
                .setLatestArrival(seconds(v.shiftEnd()));
        if (v.end() != null) builder.setEndLocation(location(v.end()));
        else builder.setReturnToDepot(false);
        if (v.lunch() != null) {
            builder.setBreak(Break.Builder.newInstance("lunch-" + v.id())
                    .addTimeWindow(seconds(v.lunch().from()), seconds(v.lunch().latestStart()))
                    .setServiceTime(v.lunch().duration().toNanos() / 1e9)
                    .build());
        }
        return builder.build();
    }

    private Service service(Stop s) {
        Service.Builder<Service> builder = Service.Builder.newInstance(s.id())
                .setLocation(location(s.location()))
                .setServiceTime(s.service().toNanos() / 1e9)
                .addSizeDimension(0, s.demand())
                .setPriority(s.priority());
        // jsprit refuses times before the origin (the earliest shift start): a window that opened earlier starts
        // at the origin; one that closed earlier cannot be met, and a stop with only such windows gets one after
        // every shift ends, so the search leaves it out and the diagnosis names its real window
        boolean usable = false;
        for (TimeWindow w : s.windows()) {
            if (seconds(w.to()) >= 0) {
                builder.addTimeWindow(Math.max(0, seconds(w.from())), seconds(w.to()));
                usable = true;
            }
        }
        if (!s.windows().isEmpty() && !usable) {
            double never = problem.vehicles().stream().mapToDouble(v -> seconds(v.shiftEnd())).max().orElse(0) + 1;
            builder.addTimeWindow(never, never);
        }
        return builder.build();
    }

    private Location location(com.salesos.routing.Location place) {
        return Location.Builder.newInstance().setIndex(matrices.index(place)).build();
    }

    List<Vehicle> vehicles() {
        return problem.vehicles();
    }
}
