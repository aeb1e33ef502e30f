package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;

/** jsprit's view of the travel matrices; the cost of a leg is its distance in the vehicle's travel model. */
final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {

    private final TravelMatrices matrices;

    MatrixCosts(TravelMatrices matrices) {
        this.matrices = matrices;
    }

    @Override
    public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
        return matrices.distances.get(model(vehicle))[from.getIndex()][to.getIndex()];
    }

    @Override
    public double getTransportTime(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
        return matrices.times.get(model(vehicle))[from.getIndex()][to.getIndex()];
    }

    @Override
    public double getTransportCost(Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
        return getDistance(from, to, departureTime, vehicle);
    }

    private static int model(Vehicle vehicle) {
        // jsprit asks without a vehicle when it measures job neighbourhoods: the problem's model then
        return vehicle == null || vehicle.getUserData() == null ? 0 : (Integer) vehicle.getUserData();
    }
}
