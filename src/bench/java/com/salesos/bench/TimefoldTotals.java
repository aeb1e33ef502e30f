package com.salesos.bench;

import com.salesos.routing.RoutePlan;
import com.salesos.routing.SolomonInstance;
import java.time.Duration;

/** Runs the Timefold candidate beside the planner and sums both up: the engine choice's evidence. */
final class TimefoldTotals {

    private int instances;
    private int infeasible;
    private int timefoldVehicles;
    private int ourVehicles;
    private double timefoldDistance;
    private double ourDistance;

    void add(SolomonInstance instance, Duration limit, RoutePlan plan) {
        TimefoldCandidate.Result result = TimefoldCandidate.solve(instance, limit);
        instances++;
        if (!result.feasible()) infeasible++;
        timefoldVehicles += result.vehicles();
        timefoldDistance += result.distance();
        ourVehicles += plan.vehiclesUsed();
        ourDistance += plan.totalDistance();
        System.out.printf("  %s timefold: %d vehicles, distance %.2f%s%n", instance.name(), result.vehicles(), result.distance(),
                result.feasible() ? "" : " (INFEASIBLE)");
    }

    void print() {
        System.out.printf("timefold on %d instances: %d vehicles, distance %.2f, %d infeasible; jsprit (tuned): %d vehicles, distance %.2f%n",
                instances, timefoldVehicles, timefoldDistance, infeasible, ourVehicles, ourDistance);
    }
}
