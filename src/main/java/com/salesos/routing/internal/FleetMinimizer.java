package com.salesos.routing.internal;

import com.salesos.routing.RouteProgress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Fleet minimisation before the jsprit search, after Christiaens and Vanden Berghe, "Slack induction by string
 * removals for vehicle routing problems" (Transportation Science 2020): take a route out of a plan that visits
 * every stop, then ruin (adjacent string removal around a seed, often an unplaced stop: strings, or split strings
 * that keep a few stops in the middle) and recreate (cheapest
 * feasible insertion, skipping each position with a small "blink" probability) while the candidate leaves out
 * fewer stops, or stops that were left out less often so far (absence counters); when every stop is placed again
 * the plan has one route fewer, and the next route goes. It works on {@link CompactProblem}'s arrays, thousands
 * of iterations a second, where jsprit's general insertion machinery manages hundreds; jsprit then shortens the
 * routes of the result (the distance phase).
 */
final class FleetMinimizer {

    private static final double BLINK = 0.01;
    private static final double AVERAGE_REMOVED = 10;
    private static final int MAX_STRING = 10;
    private static final double SPLIT_DEPTH = 0.5;
    private static final double EPSILON = 1e-7;
    private static final int WIDE_POOL = 15;
    private static final int RESTART = 20_000;
    private static final double HOT = 2.0;
    private static final double COLD = 0.01;

    private final CompactProblem p;
    private final SplittableRandom random;
    private final int lowerBound;
    private final int[] absence;
    private final boolean[] ruined;
    private final int[] order;
    private volatile long iterations;
    private final int poolSlack;
    private int poolCap;
    private volatile CompactPlan best;
    private volatile long improvedAt = System.nanoTime();

    FleetMinimizer(CompactProblem problem, long seed, int lowerBound, int poolSlack) {
        this.poolSlack = poolSlack;
        this.p = problem;
        this.random = new SplittableRandom(seed);
        this.lowerBound = Math.max(1, lowerBound);
        this.absence = new int[problem.stops];
        this.ruined = new boolean[problem.vehicles];
        this.order = new int[problem.stops];
    }

    /** The better plan of the minimisers run on both cores (as many as {@code threads}), and their iterations. */
    record Result(CompactPlan plan, long iterations) {
    }

    /**
     * Both phases on {@code threads} cores, each thread with its own seed. Fleet minimisation until
     * {@code fleetDeadline} (System.nanoTime), a cancel, one thread reaching the lower bound, or {@code stagnation}
     * nanoseconds without a route fewer; then every thread anneals the distance of the plan with the fewest routes
     * until {@code distanceDeadline}. In the fleet phase a candidate leaving out as many stops or more is accepted
     * when they were left out less often so far (SISR's absence rule) and the pool stays within a cap: for every
     * second thread the stops of the dissolved route (which R101's tight windows need), for the others up to
     * {@value #WIDE_POOL} (which explores more and cracks R110, RC102 or RC106 in seconds). Answers the plan with
     * the fewest routes, then the shortest; null when no thread placed every stop.
     */
    static Result search(CompactProblem problem, long seed, int lowerBound, int threads, long startNanos, long fleetDeadline,
                         long stagnation, long distanceDeadline, AtomicBoolean cancel,
                         Consumer<Supplier<RouteProgress>> progressSource) {
        FleetMinimizer[] minimizers = new FleetMinimizer[threads];
        if (!everyStopFitsAlone(problem)) return new Result(null, 0);
        for (int i = 0; i < threads; i++) minimizers[i] = new FleetMinimizer(problem, seed + 7919L * i, lowerBound, i % 2 == 0 ? 0 : WIDE_POOL);
        AtomicBoolean fleetDone = new AtomicBoolean();
        BooleanSupplier fleetStop = () -> {
            long now = System.nanoTime();
            long improved = Stream.of(minimizers).mapToLong(m -> m.improvedAt).max().orElse(now);
            return fleetDone.get() || cancel.get() || now >= fleetDeadline || now - improved > stagnation;
        };
        BooleanSupplier distanceStop = () -> cancel.get() || System.nanoTime() >= distanceDeadline;
        progressSource.accept(() -> {
            CompactPlan b = better(minimizers);
            long iterations = Stream.of(minimizers).mapToLong(FleetMinimizer::iterations).sum();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            return b == null ? new RouteProgress(iterations, elapsed, 0, 0, problem.stops, 0)
                    : new RouteProgress(iterations, elapsed, b.routesUsed(), b.distance(), 0, 0);
        });
        AtomicReference<CompactPlan> fewestRoutes = new AtomicReference<>();
        CyclicBarrier fleetEnds = new CyclicBarrier(threads, () -> fewestRoutes.set(better(minimizers)));
        Thread[] helpers = new Thread[threads - 1];
        for (int i = 0; i < threads; i++) {
            FleetMinimizer m = minimizers[i];
            Runnable work = () -> {
                m.run(fleetStop);
                fleetDone.set(true);
                try {
                    fleetEnds.await();
                } catch (InterruptedException | BrokenBarrierException e) {
                    cancel.set(true);
                    return;
                }
                CompactPlan start = fewestRoutes.get();
                if (start != null) m.shorten(start, distanceDeadline, distanceStop);
            };
            if (i == 0) continue;
            helpers[i - 1] = new Thread(work, "route-fleet-" + i);
            helpers[i - 1].setDaemon(true);
            helpers[i - 1].start();
        }
        FleetMinimizer first = minimizers[0];
        first.run(fleetStop);
        fleetDone.set(true);
        try {
            fleetEnds.await();
            CompactPlan start = fewestRoutes.get();
            if (start != null) first.shorten(start, distanceDeadline, distanceStop);
            for (Thread helper : helpers) helper.join();
        } catch (InterruptedException | BrokenBarrierException e) {
            Thread.currentThread().interrupt();
            cancel.set(true);
        }
        return new Result(better(minimizers), Stream.of(minimizers).mapToLong(FleetMinimizer::iterations).sum());
    }

    private static CompactPlan better(FleetMinimizer[] minimizers) {
        return Stream.of(minimizers).map(FleetMinimizer::best).filter(Objects::nonNull)
                .min(Comparator.comparingInt(CompactPlan::routesUsed).thenComparingDouble(CompactPlan::distance)).orElse(null);
    }

    long iterations() {
        return iterations;
    }

    /** The plan with the fewest routes that visits every stop, null before one was found. */
    CompactPlan best() {
        return best;
    }

    /** Runs until {@code stop} says so or the plan is down to the lower bound of routes; answers {@link #best()}. */
    CompactPlan run(BooleanSupplier stop) {
        CompactPlan current = new CompactPlan(p);
        for (int c = 0; c < p.stops; c++) current.pool[current.poolSize++] = c;
        recreate(current, true);
        poolCap = Math.max(current.poolSize, poolSlack);
        CompactPlan candidate = new CompactPlan(p);
        if (current.poolSize == 0 && !improved(current)) return best;
        long sinceBest = 0;
        while (!stop.getAsBoolean()) {
            if (best != null && ++sinceBest > RESTART) {
                // stuck: back to the best plan, dissolve another route, forget the counters
                current.copyFrom(best);
                Arrays.fill(absence, 0);
                dissolveRoute(current);
                sinceBest = 0;
            }
            candidate.copyFrom(current);
            ruin(candidate);
            recreate(candidate, false);
            iterations++;
            for (int i = 0; i < candidate.poolSize; i++) absence[candidate.pool[i]]++;
            if (candidate.poolSize < current.poolSize
                    || (candidate.poolSize <= poolCap && absenceOf(candidate) < absenceOf(current))) {
                CompactPlan swap = current;
                current = candidate;
                candidate = swap;
                if (current.poolSize == 0) {
                    if (!improved(current)) break;
                    sinceBest = 0;
                }
            }
        }
        return best;
    }

    /**
     * SISR's distance phase: simulated annealing over ruin and recreate with the plan's routes (a candidate that
     * leaves a stop out is refused), the temperature falling on the clock from {@value #HOT} to {@value #COLD} of
     * an average leg; {@link #best()} is the shortest plan seen.
     */
    void shorten(CompactPlan start, long until, BooleanSupplier stop) {
        CompactPlan current = new CompactPlan(p);
        current.copyFrom(start);
        CompactPlan candidate = new CompactPlan(p);
        CompactPlan shortest = new CompactPlan(p);
        shortest.copyFrom(start);
        best = shortest;
        double currentCost = current.distance();
        double bestCost = currentCost;
        double leg = currentCost / (p.stops + current.routesUsed());
        double hot = HOT * leg;
        double cold = COLD * leg;
        long from = System.nanoTime();
        double temperature = hot;
        for (long i = 0; ; i++) {
            if ((i & 63) == 0) {
                if (stop.getAsBoolean()) break;
                double progress = Math.min(1, (System.nanoTime() - from) / (double) Math.max(1, until - from));
                temperature = hot * Math.pow(cold / hot, progress);
            }
            candidate.copyFrom(current);
            ruin(candidate);
            recreate(candidate, false);
            iterations++;
            if (candidate.poolSize > 0) continue;
            double cost = candidate.distance();
            if (cost < currentCost - temperature * Math.log(random.nextDouble())) {
                CompactPlan swap = current;
                current = candidate;
                candidate = swap;
                currentCost = cost;
                if (cost < bestCost - 1e-9) {
                    bestCost = cost;
                    CompactPlan copy = new CompactPlan(p);
                    copy.copyFrom(current);
                    best = copy;
                }
            }
        }
    }

    /** Records a complete plan and takes a route out of it; false when it is down to the lower bound. */
    private boolean improved(CompactPlan complete) {
        CompactPlan copy = new CompactPlan(p);
        copy.copyFrom(complete);
        best = copy;
        improvedAt = System.nanoTime();
        if (complete.routesUsed() <= lowerBound) return false;
        dissolveRoute(complete);
        return true;
    }

    /** Takes the smaller of two random routes out of the plan, its stops to the pool. */
    private void dissolveRoute(CompactPlan complete) {
        int a = randomUsedRoute(complete);
        int b = randomUsedRoute(complete);
        int route = complete.len[a] <= complete.len[b] ? a : b;
        for (int i = 0; i < complete.len[route]; i++) {
            int c = complete.seq[route][i];
            complete.routeOf[c] = -1;
            complete.pool[complete.poolSize++] = c;
        }
        poolCap = Math.max(complete.poolSize, poolSlack);
        complete.len[route] = 0;
        complete.load[route] = 0;
    }

    private int randomUsedRoute(CompactPlan plan) {
        int used = plan.routesUsed();
        int pick = random.nextInt(used);
        for (int r = 0; r < p.vehicles; r++) {
            if (plan.len[r] > 0 && pick-- == 0) return r;
        }
        throw new IllegalStateException("no route");
    }

    private long absenceOf(CompactPlan plan) {
        long sum = 0;
        for (int i = 0; i < plan.poolSize; i++) sum += absence[plan.pool[i]];
        return sum;
    }

    private void ruin(CompactPlan plan) {
        int used = plan.routesUsed();
        if (used == 0) return;
        double averageLength = (p.stops - plan.poolSize) / (double) used;
        double maxString = Math.min(MAX_STRING, averageLength);
        double maxStrings = 4 * AVERAGE_REMOVED / (1 + maxString) - 1;
        int strings = (int) (1 + random.nextDouble() * maxStrings);
        int seed = plan.poolSize > 0 && random.nextBoolean() ? plan.pool[random.nextInt(plan.poolSize)] : random.nextInt(p.stops);
        Arrays.fill(ruined, false);
        int done = 0;
        for (int c : p.neighbours[seed]) {
            if (done >= strings) break;
            int r = plan.routeOf[c];
            if (r < 0 || ruined[r]) continue;
            int length = plan.len[r];
            int l = (int) (1 + random.nextDouble() * Math.min(length, maxString));
            l = Math.min(l, length);
            int at = plan.position(r, c);
            if (length > l && random.nextBoolean()) {
                // split string: l stops out of a stretch of l + m, keeping m consecutive ones in it
                int m = 1;
                while (l + m < length && random.nextDouble() < SPLIT_DEPTH) m++;
                int from = Math.max(0, Math.min(length - l - m, at - random.nextInt(l + m)));
                int kept = random.nextInt(l + 1);
                if (l - kept > 0) plan.removeRange(r, from + kept + m, l - kept);
                if (kept > 0) plan.removeRange(r, from, kept);
            } else {
                int from = Math.max(0, Math.min(length - l, at - random.nextInt(l)));
                plan.removeRange(r, from, l);
            }
            ruined[r] = true;
            done++;
        }
    }

    private void recreate(CompactPlan plan, boolean openRoutes) {
        int n = plan.poolSize;
        System.arraycopy(plan.pool, 0, order, 0, n);
        sortForInsertion(n);
        plan.poolSize = 0;
        for (int i = 0; i < n; i++) {
            int c = order[i];
            int bestRoute = -1;
            int bestPosition = -1;
            double bestCost = Double.MAX_VALUE;
            int firstEmpty = -1;
            for (int r = 0; r < p.vehicles; r++) {
                if (plan.len[r] == 0) {
                    if (firstEmpty < 0) firstEmpty = r;
                    continue;
                }
                if (plan.load[r] + p.demand[c] > p.capacity[r]) continue;
                int length = plan.len[r];
                int[] seq = plan.seq[r];
                double[] earliest = plan.earliest[r];
                double[] latest = plan.latest[r];
                double[][] d = p.distance[r];
                double[][] t = p.time[r];
                int cl = p.location[c];
                int prevLoc = p.start[r];
                double prevDeparture = p.shiftStart[r];
                for (int pos = 0; pos <= length; pos++) {
                    int nextLoc = pos < length ? p.location[seq[pos]] : p.end[r];
                    double arrival = prevDeparture + t[prevLoc][cl];
                    // departures only grow along a route (travel obeys the triangle inequality): too late stays too late
                    if (arrival > p.late[c] - EPSILON) break;
                    if (random.nextDouble() >= BLINK) {
                        double nextLatest = pos < length ? latest[pos] : p.shiftEnd[r];
                        double departure = Math.max(arrival, p.early[c]) + p.service[c];
                        if (departure + t[cl][nextLoc] <= nextLatest - EPSILON) {
                            double cost = d[prevLoc][cl] + d[cl][nextLoc] - d[prevLoc][nextLoc];
                            if (cost < bestCost) {
                                bestCost = cost;
                                bestRoute = r;
                                bestPosition = pos;
                            }
                        }
                    }
                    if (pos < length) {
                        prevLoc = nextLoc;
                        prevDeparture = earliest[pos] + p.service[seq[pos]];
                    }
                }
            }
            if (bestRoute < 0 && openRoutes) {
                for (int r = firstEmpty; r >= 0 && r < p.vehicles; r++) {
                    if (plan.len[r] == 0 && p.demand[c] <= p.capacity[r] && fitsAlone(c, r)) {
                        bestRoute = r;
                        bestPosition = 0;
                        break;
                    }
                }
            }
            if (bestRoute >= 0) plan.insert(c, bestRoute, bestPosition);
            else plan.pool[plan.poolSize++] = c;
        }
    }

    /** A stop no vehicle can visit even on its own will be left out: not a problem for fleet minimisation. */
    private static boolean everyStopFitsAlone(CompactProblem problem) {
        FleetMinimizer probe = new FleetMinimizer(problem, 0, 1, 0);
        for (int c = 0; c < problem.stops; c++) {
            boolean fits = false;
            for (int r = 0; r < problem.vehicles && !fits; r++) fits = problem.demand[c] <= problem.capacity[r] && probe.fitsAlone(c, r);
            if (!fits) return false;
        }
        return true;
    }

    private boolean fitsAlone(int c, int r) {
        double arrival = p.shiftStart[r] + p.time[r][p.start[r]][p.location[c]];
        if (arrival > p.late[c] - EPSILON) return false;
        double departure = Math.max(arrival, p.early[c]) + p.service[c];
        return departure + p.time[r][p.location[c]][p.end[r]] <= p.shiftEnd[r] - EPSILON;
    }

    /** SISR's orders of insertion: random (weight 4), largest demand first (4), farthest first (2), nearest first (1). */
    private void sortForInsertion(int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int pick = random.nextInt(11);
        if (pick < 4) return;
        double[] key = new double[n];
        int depot = p.start[0];
        for (int i = 0; i < n; i++) {
            int c = order[i];
            key[i] = pick < 8 ? -p.demand[c] : pick < 10 ? -p.distance[0][depot][p.location[c]] : p.distance[0][depot][p.location[c]];
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> Double.compare(key[a], key[b]));
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) sorted[i] = order[idx[i]];
        System.arraycopy(sorted, 0, order, 0, n);
    }
}
