package com.salesos.ai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.routing.RoutePlanner;
import com.salesos.routing.RoutePlanningRun;
import com.salesos.routing.RouteProgress;
import com.salesos.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Long optimisations as polled jobs: start one, read its progress, cancel it (it ends with the best plan so far),
 * read the result. Runs live in memory on the node that started them, visible to the caller who started them,
 * and are forgotten an hour after they end. They do not write the route plan ({@code apply} is refused); a
 * finished run's plan is written by {@link #applyResult}. Public for the UI's "My day", which polls a run.
 */
@Component
public class RouteOptimizationRuns {

    private static final Duration KEEP = Duration.ofHours(1);

    /** A run as the caller sees it: RUNNING, DONE or FAILED, progress so far, the answer once done. */
    public record RunView(UUID id, String status, Progress progress, RouteOptimizationAnswer result, String error) {
    }

    public record Progress(long iterations, long elapsedMillis, int leftOut, double distanceKm) {
    }

    private record Entry(String owner, OptimizationDay day, RoutePlanningRun run, Instant started) {
    }

    private final Map<UUID, Entry> runs = new ConcurrentHashMap<>();
    private final RouteOptimizer optimizer;
    private final RoutePlanner planner;
    private final CurrentActor actor;
    private final Clock clock;

    RouteOptimizationRuns(RouteOptimizer optimizer, RoutePlanner planner, CurrentActor actor, Clock clock) {
        this.optimizer = optimizer;
        this.planner = planner;
        this.actor = actor;
        this.clock = clock;
    }

    public RunView start(RouteOptimizationRequest request) {
        if (request.applies()) {
            throw new InvalidFieldException("apply", "is not available for background runs; apply the result with a "
                    + "synchronous route optimisation");
        }
        forgetOld();
        OptimizationDay day = optimizer.prepare(request);
        UUID id = UUID.randomUUID();
        runs.put(id, new Entry(actor.get().name(), day, planner.start(day.problem(), null), clock.instant()));
        return view(id);
    }

    /** @throws NotFoundException when unknown, forgotten or started by someone else */
    public RunView view(UUID id) {
        Entry entry = entry(id);
        RoutePlanningRun run = entry.run();
        RouteProgress p = run.progress();
        Progress progress = new Progress(p.iterations(), p.elapsed().toMillis(), p.leftOut(), p.distance() / 1000);
        if (!run.isDone()) return new RunView(id, "RUNNING", progress, null, null);
        try {
            return new RunView(id, "DONE", progress, optimizer.answer(entry.day(), run.await()), null);
        } catch (RuntimeException e) {
            return new RunView(id, "FAILED", progress, null, e.getMessage());
        }
    }

    /**
     * Writes a finished run's plan to the rep's route plan, as a synchronous optimisation with {@code apply} would.
     *
     * @throws NotFoundException when unknown, forgotten or started by someone else
     * @throws com.salesos.platform.ConflictException when the run has not finished or failed
     */
    public RouteOptimizationAnswer applyResult(UUID id) {
        Entry entry = entry(id);
        if (!entry.run().isDone()) {
            throw new com.salesos.platform.ConflictException("the optimisation is still running");
        }
        return optimizer.apply(entry.day(), optimizer.answer(entry.day(), entry.run().await()));
    }

    /** Stops the search and waits for the best plan found so far. */
    public RunView cancel(UUID id) {
        Entry entry = entry(id);
        entry.run().cancel();
        try {
            entry.run().await();
        } catch (RuntimeException e) {
            // reported as FAILED by the view
        }
        return view(id);
    }

    private Entry entry(UUID id) {
        Entry entry = runs.get(id);
        if (entry == null || !entry.owner().equals(actor.get().name())) throw new NotFoundException("Route optimisation run", id);
        return entry;
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(KEEP);
        runs.entrySet().removeIf(e -> e.getValue().run().isDone() && e.getValue().started().isBefore(cutoff));
    }
}
