package com.salesos.bench;

import com.salesos.routing.PlannedRoute;
import com.salesos.routing.PlannedVisit;
import com.salesos.routing.RoutePlan;
import com.salesos.routing.SolomonInstance;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks a plan against the instance independently of the planner: every customer once, loads, windows, depot hours. */
final class Feasibility {

    private Feasibility() {
    }

    /** The number of violations found (0: feasible); each is printed. */
    static int check(SolomonInstance instance, RoutePlan plan) {
        Map<String, double[]> customers = new HashMap<>();
        instance.rows().subList(1, instance.rows().size()).forEach(r -> customers.put(String.valueOf((int) r[0]), r));
        Set<String> seen = new HashSet<>();
        int violations = 0;
        Instant depotCloses = Instant.EPOCH.plusNanos(Math.round(instance.rows().get(0)[5] * 1e9));
        for (PlannedRoute route : plan.routes()) {
            int load = 0;
            for (PlannedVisit visit : route.visits()) {
                double[] c = customers.get(visit.stopId());
                load += (int) c[3];
                double start = (visit.start().getEpochSecond() + visit.start().getNano() / 1e9);
                if (!seen.add(visit.stopId())) violations += report(instance, "customer " + visit.stopId() + " visited twice");
                if (start > c[5] + 1e-6 || start < c[4] - 1e-6) violations += report(instance, "customer " + visit.stopId() + " outside its window");
            }
            if (load > instance.capacity()) violations += report(instance, route.vehicleId() + " carries " + load);
            if (route.end().isAfter(depotCloses.plusMillis(1))) violations += report(instance, route.vehicleId() + " returns after the depot closes");
        }
        if (seen.size() != customers.size()) violations += report(instance, (customers.size() - seen.size()) + " customers not visited");
        return violations;
    }

    private static int report(SolomonInstance instance, String message) {
        System.out.println("  ! " + instance.name() + ": " + message);
        return 1;
    }
}
