package com.salesos.routing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** A search running in the background: poll its progress, cancel it (it then ends with the best plan so far), await it. */
public final class RoutePlanningRun {

    private final CompletableFuture<RoutePlan> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Supplier<RouteProgress> progress = () -> new RouteProgress(0, java.time.Duration.ZERO, 0, 0, 0, 0);

    RoutePlanningRun() {
    }

    public RouteProgress progress() {
        return progress.get();
    }

    /** Asks the search to stop; {@link #await()} then returns the best plan found so far. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isDone() {
        return result.isDone();
    }

    public RoutePlan await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new IllegalStateException("interrupted while waiting for the route plan", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    public CompletableFuture<RoutePlan> future() {
        return result;
    }

    AtomicBoolean cancelFlag() {
        return cancelled;
    }

    void progressFrom(Supplier<RouteProgress> source) {
        progress = source;
    }

    void complete(RoutePlan plan) {
        result.complete(plan);
    }

    void fail(Throwable error) {
        result.completeExceptionally(error);
    }
}
