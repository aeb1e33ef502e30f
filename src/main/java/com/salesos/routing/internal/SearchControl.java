package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.algorithm.SearchStrategy;
import com.graphhopper.jsprit.core.algorithm.listener.IterationEndsListener;
import com.graphhopper.jsprit.core.algorithm.termination.PrematureAlgorithmTermination;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Break;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.salesos.routing.RouteProgress;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Steers one jsprit run through three phases on the clock and keeps the best plan. CONSTRUCT: ruin and
 * recreate with every vehicle. ELIMINATE (route elimination, as in Pisinger and Ropke's ALNS for VRPTW):
 * dissolve the smallest route of the best plan, forbid its vehicle and any unused one, and search until its
 * stops fit into the other routes; then try the next route, until the phase's time is up or the capacity
 * bound is reached. POLISH: shorten the best plan's routes with its vehicles. Also ends the run on the
 * deadline or on cancel, and reports progress.
 */
final class SearchControl implements IterationEndsListener, PrematureAlgorithmTermination {

    private enum Phase { CONSTRUCT, ELIMINATE, POLISH }

    private final RouteObjective objective;
    private final EnabledVehicles enabled;
    private final ThresholdAcceptance acceptance;
    private final AtomicBoolean cancel;
    private final Consumer<RouteProgress> onImprovement;
    private final int vehicleLowerBound;
    private final long start;
    private final long constructEnd;
    private final long eliminateEnd;
    private final long deadline;
    private Phase phase;
    private int eliminationTarget;
    private volatile VehicleRoutingProblemSolution best;
    private volatile long iterations;
    private long iterationsBefore;

    SearchControl(RouteObjective objective, EnabledVehicles enabled, ThresholdAcceptance acceptance,
                  SearchSettings settings, int vehicleLowerBound, AtomicBoolean cancel, Consumer<RouteProgress> onImprovement) {
        this.objective = objective;
        this.enabled = enabled;
        this.acceptance = acceptance;
        this.cancel = cancel;
        this.onImprovement = onImprovement;
        this.vehicleLowerBound = vehicleLowerBound;
        this.start = System.nanoTime();
        this.deadline = start + settings.timeLimit().toNanos();
        this.constructEnd = start + (long) (settings.timeLimit().toNanos() * SearchSettings.CONSTRUCT_SHARE);
        this.eliminateEnd = start + (long) (settings.timeLimit().toNanos() * SearchSettings.ELIMINATE_SHARE);
    }

    /** Starts with the routes of the fleet minimisation: straight to POLISH with their vehicles. */
    void startFrom(VehicleRoutingProblemSolution solution, long fleetIterations) {
        iterationsBefore = fleetIterations;
        iterations = fleetIterations;
        solution.setCost(objective.getCosts(solution));
        best = VehicleRoutingProblemSolution.copyOf(solution);
        enabled.set(vehiclesOf(best));
        phase = Phase.POLISH;
        long now = System.nanoTime();
        acceptance.restart(threshold(), now, deadline - now);
        onImprovement.accept(progress());
    }

    long start() {
        return start;
    }

    @Override
    public boolean isPrematureBreak(SearchStrategy.DiscoveredSolution discovered) {
        return cancel.get() || System.nanoTime() >= deadline;
    }

    @Override
    public void informIterationEnds(int i, VehicleRoutingProblem problem, Collection<VehicleRoutingProblemSolution> memory) {
        iterations = iterationsBefore + i;
        VehicleRoutingProblemSolution current = memory.iterator().next();
        if (best == null || current.getCost() < best.getCost() - 1e-9) {
            best = VehicleRoutingProblemSolution.copyOf(current);
            onImprovement.accept(progress());
        }
        long now = System.nanoTime();
        if (phase == null) {
            phase = Phase.CONSTRUCT;
            acceptance.restart(threshold(), now, constructEnd - now);
        } else if (phase == Phase.CONSTRUCT && now >= constructEnd) {
            eliminateOrPolish(memory, now);
        } else if (phase == Phase.ELIMINATE) {
            if (RouteObjective.vehiclesUsed(best) <= eliminationTarget) eliminateOrPolish(memory, now);
            else if (now >= eliminateEnd) polish(memory, now);
        }
    }

    VehicleRoutingProblemSolution best() {
        return best;
    }

    RouteProgress progress() {
        VehicleRoutingProblemSolution b = best;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (b == null) return new RouteProgress(iterations, elapsed, 0, 0, 0, 0);
        return new RouteProgress(iterations, elapsed, RouteObjective.vehiclesUsed(b), objective.distance(b),
                b.getUnassignedJobs().size(), b.getCost());
    }

    private void eliminateOrPolish(Collection<VehicleRoutingProblemSolution> memory, long now) {
        int used = RouteObjective.vehiclesUsed(best);
        if (now >= eliminateEnd || used <= Math.max(1, vehicleLowerBound)) {
            polish(memory, now);
            return;
        }
        VehicleRoutingProblemSolution reduced = VehicleRoutingProblemSolution.copyOf(best);
        VehicleRoute smallest = reduced.getRoutes().stream().filter(RouteObjective::isUsed)
                .min(Comparator.comparingInt(r -> r.getTourActivities().getJobs().size())).orElseThrow();
        reduced.getRoutes().remove(smallest);
        smallest.getTourActivities().getJobs().stream().filter(j -> !(j instanceof Break))
                .forEach(reduced.getUnassignedJobs()::add);
        enabled.set(vehiclesOf(reduced));
        replaceMemory(memory, reduced);
        eliminationTarget = used - 1;
        phase = Phase.ELIMINATE;
        acceptance.restart(threshold(), now, eliminateEnd - now);
    }

    private void polish(Collection<VehicleRoutingProblemSolution> memory, long now) {
        enabled.set(best.getUnassignedJobs().isEmpty() ? vehiclesOf(best) : null);
        replaceMemory(memory, VehicleRoutingProblemSolution.copyOf(best));
        phase = Phase.POLISH;
        acceptance.restart(threshold(), now, deadline - now);
    }

    private void replaceMemory(Collection<VehicleRoutingProblemSolution> memory, VehicleRoutingProblemSolution solution) {
        solution.setCost(objective.getCosts(solution));
        memory.clear();
        memory.add(solution);
    }

    private double threshold() {
        return SearchSettings.INITIAL_THRESHOLD * objective.distance(best);
    }

    private static Set<String> vehiclesOf(VehicleRoutingProblemSolution solution) {
        return solution.getRoutes().stream().filter(RouteObjective::isUsed).map(r -> r.getVehicle().getId())
                .collect(Collectors.toSet());
    }
}
