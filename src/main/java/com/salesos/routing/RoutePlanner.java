package com.salesos.routing;

import com.salesos.routing.internal.JspritSearch;
import com.salesos.routing.internal.LeftOutDiagnosis;
import com.salesos.routing.internal.ProblemModel;
import com.salesos.routing.internal.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Plans routes: vehicles first, then distance, within the problem's time limit. The engine is jsprit with the
 * tuned search of {@code internal.SearchSettings}, preceded for multi-vehicle problems of the right shape by our
 * SISR fleet minimisation and distance annealing ({@code internal.FleetMinimizer}); the Solomon benchmark
 * ({@code bench/run route}) runs this same class. jsprit was kept over Timefold Solver 1.x because it did better at equal time on Solomon
 * instances (measured by the benchmark; figures in the README).
 */
@Service
public class RoutePlanner {

    /** Plans in the calling thread and returns when the time limit is up. */
    public RoutePlan plan(RouteProblem problem) {
        return solve(problem, new AtomicBoolean(), progress -> { }, source -> { });
    }

    /** Starts planning in the background; {@code onImprovement} hears of each better plan (may be null). */
    public RoutePlanningRun start(RouteProblem problem, Consumer<RouteProgress> onImprovement) {
        RoutePlanningRun run = new RoutePlanningRun();
        Consumer<RouteProgress> listener = onImprovement == null ? progress -> { } : onImprovement;
        Thread worker = new Thread(() -> {
            try {
                run.complete(solve(problem, run.cancelFlag(), listener, run::progressFrom));
            } catch (RuntimeException | Error e) {
                run.fail(e);
            }
        }, "route-planner");
        worker.setDaemon(true);
        worker.start();
        return run;
    }

    /** Times a given order (vehicle id to stop ids) with the same model as the planner, without searching. */
    public List<PlannedRoute> evaluate(RouteProblem problem, Map<String, List<String>> order) {
        ProblemModel model = new ProblemModel(problem);
        return order.entrySet().stream()
                .map(e -> Timeline.of(model, model.vehicle(e.getKey()), e.getValue()))
                .toList();
    }

    private RoutePlan solve(RouteProblem problem, AtomicBoolean cancel, Consumer<RouteProgress> onImprovement,
                            Consumer<Supplier<RouteProgress>> progressSource) {
        ProblemModel model = new ProblemModel(problem);
        JspritSearch.Outcome outcome = problem.stops().isEmpty() || problem.vehicles().isEmpty()
                ? new JspritSearch.Outcome(Map.of(), problem.stops().stream().map(Stop::id).toList(),
                        new RouteProgress(0, Duration.ZERO, 0, 0, problem.stops().size(), 0))
                : JspritSearch.run(model, cancel, onImprovement, progressSource);
        List<PlannedRoute> routes = new ArrayList<>();
        outcome.sequences().forEach((vehicleId, sequence) -> routes.add(Timeline.of(model, model.vehicle(vehicleId), sequence)));
        List<LeftOutStop> leftOut = outcome.leftOut().stream().map(id -> LeftOutDiagnosis.explain(model, model.stop(id))).toList();
        RoutePlan plan = new RoutePlan(routes, leftOut, distance(routes), travelTime(routes), null, outcome.progress(), cancel.get());
        return problem.currentOrder().isEmpty() ? plan : plan.withImprovement(improvement(plan, evaluate(problem, problem.currentOrder())));
    }

    private static Improvement improvement(RoutePlan plan, List<PlannedRoute> current) {
        double currentDistance = distance(current);
        Duration currentTime = travelTime(current);
        int late = (int) current.stream().flatMap(r -> r.visits().stream()).filter(PlannedVisit::late).count();
        double saved = currentDistance - plan.totalDistance();
        return new Improvement(currentDistance, currentTime, late, saved, currentTime.minus(plan.totalTravelTime()),
                currentDistance == 0 ? 0 : 100 * saved / currentDistance);
    }

    private static double distance(List<PlannedRoute> routes) {
        return routes.stream().mapToDouble(PlannedRoute::distance).sum();
    }

    private static Duration travelTime(List<PlannedRoute> routes) {
        return routes.stream().map(PlannedRoute::travelTime).reduce(Duration.ZERO, Duration::plus);
    }
}
