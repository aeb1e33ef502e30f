package com.salesos.bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/drill db-restart [--lifecycles N] [--threads T] [--down S]} (defaults 300, 8, 5): drives N
 * quote-to-commission lifecycles and, once 40% of them are done, stops the drill's own PostgreSQL (fast shutdown:
 * every connection is cut), keeps it down S seconds and starts it again. The product is not restarted: the same
 * JVM must carry on and lose nothing (same end checks as the crash drill). Prints the counts and PASS or FAIL.
 */
public final class DbRestartDrill {

    private DbRestartDrill() {
    }

    public static void main(String[] args) throws Exception {
        int lifecycles = Drill.option(args, "--lifecycles", 300);
        int threads = Drill.option(args, "--threads", 8);
        int down = Drill.option(args, "--down", 5);
        boolean passed = false;
        try (Drill drill = new Drill("db-restart", 18110)) {
            ProductProcess product = drill.start(0, List.of());
            long pid = product.pid();
            LifecycleClient client = drill.client(product::base);
            Drill.Running running = drill.load(client, lifecycles, threads, Duration.ofMinutes(60));
            List<String> lines = new ArrayList<>();
            while (running.completed() < lifecycles * 4 / 10 && !running.done()) {
                Thread.sleep(50);
            }
            if (!running.done()) {
                int before = running.completed();
                drill.db().stop();
                Thread.sleep(down * 1000L);
                drill.db().start();
                long t0 = System.nanoTime();
                while (running.completed() == before && !running.done()
                        && System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos()) {
                    Thread.sleep(50);
                }
                lines.add(String.format("PostgreSQL stopped after %d completed lifecycles, down %d s, started again;"
                        + " next lifecycle completed %.1f s after the start", before, down,
                        (System.nanoTime() - t0) / 1e9));
                System.out.println(lines.get(0));
            }
            Drill.Load load = running.await();
            Duration settled = drill.settle(Duration.ofMinutes(5));
            lines.add(String.format("settled %.0f s after the load", settled.toMillis() / 1000.0));
            try (Connection db = drill.db().connect()) {
                DrillChecks checks = DrillChecks.of(db, lifecycles, load.completed().get(),
                        drill.received(), drill.badSignatures());
                checks.equal("database restarts", lines.size() - 1, 1);
                checks.equal("product starts (the same JVM throughout)", product.starts(), 1);
                checks.equal("product JVM still alive, same pid", product.alive() && product.pid() == pid ? 1 : 0, 1);
                passed = drill.report(load, threads, client, checks, lines);
            }
        }
        System.exit(passed ? 0 : 1);
    }
}
