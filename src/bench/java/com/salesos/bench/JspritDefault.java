package com.salesos.bench;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import com.graphhopper.jsprit.core.util.Solutions;
import com.salesos.routing.SolomonInstance;
import java.time.Duration;

/**
 * The baseline: jsprit's default algorithm ({@code Jsprit.createAlgorithm}) on the instance as jsprit's own
 * Solomon examples model it (one vehicle type, unlimited fleet, Euclidean crow-fly costs), stopped by a time
 * limit instead of its 2,000 iterations so that both sides get the same time.
 */
final class JspritDefault {

    record Result(int vehicles, double distance, int unassigned) {
    }

    private JspritDefault() {
    }

    static Result solve(SolomonInstance instance, Duration time) {
        double[] depot = instance.rows().get(0);
        VehicleTypeImpl type = VehicleTypeImpl.Builder.newInstance("solomon").addCapacityDimension(0, instance.capacity()).build();
        VehicleImpl vehicle = VehicleImpl.Builder.newInstance("vehicle").setType(type)
                .setStartLocation(Location.newInstance(depot[1], depot[2]))
                .setEarliestStart(depot[4]).setLatestArrival(depot[5]).build();
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.INFINITE).addVehicle(vehicle);
        for (double[] r : instance.rows().subList(1, instance.rows().size())) {
            builder.addJob(Service.Builder.newInstance(String.valueOf((int) r[0]))
                    .setLocation(Location.Builder.newInstance().setCoordinate(Coordinate.newInstance(r[1], r[2])).build())
                    .addSizeDimension(0, (int) r[3]).addTimeWindow(r[4], r[5]).setServiceTime(r[6]).build());
        }
        VehicleRoutingProblem vrp = builder.build();
        VehicleRoutingAlgorithm algorithm = Jsprit.createAlgorithm(vrp);
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        TimeTermination termination = new TimeTermination(time.toMillis());
        algorithm.addTerminationCriterion(termination);
        algorithm.addListener(termination);
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        double distance = 0;
        for (VehicleRoute route : best.getRoutes()) {
            TourActivity previous = route.getStart();
            for (TourActivity activity : route.getActivities()) {
                distance += euclid(previous, activity);
                previous = activity;
            }
            distance += euclid(previous, route.getEnd());
        }
        return new Result(best.getRoutes().size(), distance, best.getUnassignedJobs().size());
    }

    private static double euclid(TourActivity a, TourActivity b) {
        Coordinate p = a.getLocation().getCoordinate();
        Coordinate q = b.getLocation().getCoordinate();
        return Math.hypot(p.getX() - q.getX(), p.getY() - q.getY());
    }
}
