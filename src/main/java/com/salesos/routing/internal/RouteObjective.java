package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.solution.SolutionCostCalculator;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.BreakActivity;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;

/**
 * The search's cost, hierarchical through its weights: a mandatory stop left out outweighs any number of
 * vehicles' worth of distance, a vehicle outweighs any plausible distance saving, and an optional stop is worth
 * a detour that grows with its priority (up to twice the longest leg), never an extra vehicle.
 */
final class RouteObjective implements SolutionCostCalculator {

    private final VehicleRoutingProblem vrp;
    private final ProblemModel model;
    final double vehicleCost;
    private final double mandatoryPenalty;
    private final double maxDistance;

    RouteObjective(ProblemModel model) {
        this.vrp = model.vrp;
        this.model = model;
        this.maxDistance = model.matrices.maxDistance;
        this.vehicleCost = 10 * maxDistance;
        this.mandatoryPenalty = 100 * maxDistance;
    }

    @Override
    public double getCosts(VehicleRoutingProblemSolution solution) {
        double costs = 0;
        for (VehicleRoute route : solution.getRoutes()) {
            if (!isUsed(route)) continue;
            costs += vehicleCost + distance(route);
            if (missesLunch(route)) costs += mandatoryPenalty;
        }
        for (Job job : solution.getUnassignedJobs()) costs += penalty(job);
        return costs;
    }

    double penalty(Job job) {
        return model.isMandatory(job) ? mandatoryPenalty : maxDistance * (11 - job.getPriority()) / 5.0;
    }

    double distance(VehicleRoutingProblemSolution solution) {
        return solution.getRoutes().stream().mapToDouble(this::distance).sum();
    }

    static int vehiclesUsed(VehicleRoutingProblemSolution solution) {
        return (int) solution.getRoutes().stream().filter(RouteObjective::isUsed).count();
    }

    /** A route holding nothing but a lunch break uses no vehicle. */
    static boolean isUsed(VehicleRoute route) {
        return route.getActivities().stream().anyMatch(a -> !(a instanceof BreakActivity));
    }

    double distance(VehicleRoute route) {
        double distance = 0;
        TourActivity previous = route.getStart();
        for (TourActivity activity : route.getActivities()) {
            distance += leg(previous, activity, route);
            previous = activity;
        }
        return distance + leg(previous, route.getEnd(), route);
    }

    private double leg(TourActivity from, TourActivity to, VehicleRoute route) {
        if (to.getLocation() == null || from.getLocation() == null) return 0;
        return vrp.getTransportCosts().getTransportCost(from.getLocation(), to.getLocation(), from.getEndTime(),
                route.getDriver(), route.getVehicle());
    }

    /** A route that runs past the lunch window without a break has skipped lunch. */
    private static boolean missesLunch(VehicleRoute route) {
        var lunch = route.getVehicle().getBreak();
        if (lunch == null) return false;
        boolean hasBreak = route.getActivities().stream().anyMatch(a -> a instanceof BreakActivity);
        return !hasBreak && route.getEnd().getArrTime() > lunch.getTimeWindow().getEnd();
    }
}
