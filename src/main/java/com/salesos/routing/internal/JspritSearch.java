package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.BreakActivity;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.util.Solutions;
import com.salesos.routing.RouteProgress;
import com.salesos.routing.Stop;
import com.salesos.routing.Vehicle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs the tuned jsprit search on a problem model and returns the best plan's sequences. */
public final class JspritSearch {

    /** Marks where lunch falls in a sequence of stop ids. */
    public static final String LUNCH = "\u0000lunch";

    /** Per vehicle the stop ids (and {@link #LUNCH}) in visiting order; the stops left out; the final progress. */
    public record Outcome(Map<String, List<String>> sequences, List<String> leftOut, RouteProgress progress) {
    }

    private JspritSearch() {
    }

    public static Outcome run(ProblemModel model, AtomicBoolean cancel, Consumer<RouteProgress> onImprovement,
                              Consumer<Supplier<RouteProgress>> progressSource) {
        var problem = model.problem();
        RouteObjective objective = new RouteObjective(model);
        EnabledVehicles enabled = new EnabledVehicles();
        ThresholdAcceptance acceptance = new ThresholdAcceptance();
        StateManager states = new StateManager(model.vrp);
        ConstraintManager constraints = new ConstraintManager(model.vrp, states);
        constraints.addConstraint(enabled);
        SearchSettings settings = new SearchSettings(problem.timeLimit(), problem.seed());
        VehicleRoutingAlgorithm algorithm = settings.apply(Jsprit.Builder.newInstance(model.vrp), problem.stops().size())
                .setStateAndConstraintManager(states, constraints)
                .setObjectiveFunction(objective)
                .setCustomAcceptor(acceptance)
                .setRandom(new Random(problem.seed()))
                .buildAlgorithm();
        SearchControl control = new SearchControl(objective, enabled, acceptance, settings, vehicleLowerBound(model),
                cancel, onImprovement);
        CompactProblem compact = CompactProblem.of(model);
        if (compact != null) {
            long fleetEnd = control.start() + (long) (problem.timeLimit().toNanos() * SearchSettings.FLEET_SHARE);
            long distanceEnd = control.start() + (long) (problem.timeLimit().toNanos() * SearchSettings.ANNEAL_SHARE);
            FleetMinimizer.Result fleet = FleetMinimizer.search(compact, problem.seed(), vehicleLowerBound(model),
                    SearchSettings.THREADS, control.start(), fleetEnd,
                    (long) (problem.timeLimit().toNanos() * SearchSettings.FLEET_STAGNATION), distanceEnd, cancel, progressSource);
            if (fleet.plan() != null) {
                VehicleRoutingProblemSolution initial = solution(model, compact, fleet.plan());
                control.startFrom(initial, fleet.iterations());
                progressSource.accept(control::progress);
                if (cancel.get()) return outcome(control.best(), control);
                algorithm.addInitialSolution(initial);
            }
        }
        progressSource.accept(control::progress);
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        algorithm.addTerminationCriterion(control);
        algorithm.addListener(control);
        var solutions = algorithm.searchSolutions();
        // the iteration that hit the deadline never reached the control's listener; jsprit's own best includes it
        VehicleRoutingProblemSolution best = Solutions.bestOf(solutions);
        if (control.best() != null && control.best().getCost() <= best.getCost()) best = control.best();
        return outcome(best, control);
    }

    private static Outcome outcome(VehicleRoutingProblemSolution best, SearchControl control) {
        return new Outcome(sequences(best), best.getUnassignedJobs().stream().map(Job::getId).toList(), control.progress());
    }

    /** The fleet minimisation's plan as a jsprit solution on the model's own vehicles and jobs. */
    private static VehicleRoutingProblemSolution solution(ProblemModel model, CompactProblem compact, CompactPlan plan) {
        Map<String, com.graphhopper.jsprit.core.problem.vehicle.Vehicle> vehicles = new LinkedHashMap<>();
        model.vrp.getVehicles().forEach(v -> vehicles.put(v.getId(), v));
        List<VehicleRoute> routes = new ArrayList<>();
        for (int r = 0; r < compact.vehicles; r++) {
            if (plan.len[r] == 0) continue;
            VehicleRoute.Builder route = VehicleRoute.Builder.newInstance(vehicles.get(compact.vehicleIds[r]))
                    .setJobActivityFactory(model.vrp.getJobActivityFactory());
            for (int i = 0; i < plan.len[r]; i++) route.addService((Service) model.vrp.getJobs().get(compact.stopIds[plan.seq[r][i]]));
            routes.add(route.build());
        }
        return new VehicleRoutingProblemSolution(routes, new ArrayList<>(), 0);
    }

    /** Fewer vehicles than the total demand needs cannot work: route elimination stops there. */
    static int vehicleLowerBound(ProblemModel model) {
        int capacity = model.vehicles().stream().mapToInt(Vehicle::capacity).max().orElse(0);
        int demand = model.problem().stops().stream().mapToInt(Stop::demand).sum();
        boolean limited = model.vehicles().stream().allMatch(v -> v.capacity() > 0);
        return limited && capacity > 0 ? (int) Math.ceil(demand / (double) capacity) : 1;
    }

    private static Map<String, List<String>> sequences(VehicleRoutingProblemSolution solution) {
        Map<String, List<String>> sequences = new LinkedHashMap<>();
        for (VehicleRoute route : solution.getRoutes()) {
            if (route.isEmpty()) continue;
            List<String> ids = new ArrayList<>();
            for (TourActivity activity : route.getActivities()) {
                if (activity instanceof BreakActivity) ids.add(LUNCH);
                else if (activity instanceof TourActivity.JobActivity job) ids.add(job.getJob().getId());
            }
            if (ids.stream().anyMatch(id -> !id.equals(LUNCH))) sequences.put(route.getVehicle().getId(), ids);
        }
        return sequences;
    }
}
