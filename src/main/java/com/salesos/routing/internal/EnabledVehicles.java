package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.problem.constraint.HardRouteConstraint;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import java.util.Set;

/**
 * The vehicles insertions may use. Route elimination shrinks it (the vehicles of the best plan minus the one
 * whose route was dissolved), so the search must fit every stop into fewer routes. Null: every vehicle.
 */
final class EnabledVehicles implements HardRouteConstraint {

    private volatile Set<String> enabled;

    void set(Set<String> vehicleIds) {
        enabled = vehicleIds == null ? null : Set.copyOf(vehicleIds);
    }

    @Override
    public boolean fulfilled(JobInsertionContext context) {
        Set<String> current = enabled;
        return current == null || current.contains(context.getNewVehicle().getId());
    }
}
