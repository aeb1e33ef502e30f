package com.salesos.bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code bench/drill crash [--lifecycles N] [--threads T] [--kills K]} (defaults 2000, 8, 3): drives N
 * quote-to-commission lifecycles through the REST API while killing the product's JVM with SIGKILL K times at
 * random moments and starting it again; then checks that every lifecycle finished exactly once and every outbound
 * event reached the receiver (see {@link DrillChecks}). Prints the counts and PASS or FAIL (exit status 0 or 1).
 */
public final class CrashDrill {

    private CrashDrill() {
    }

    public static void main(String[] args) throws Exception {
        int lifecycles = Drill.option(args, "--lifecycles", 2000);
        int threads = Drill.option(args, "--threads", 8);
        int kills = Drill.option(args, "--kills", 3);
        boolean passed = false;
        try (Drill drill = new Drill("crash", 18100)) {
            ProductProcess product = drill.start(0, List.of());
            LifecycleClient client = drill.client(product::base);
            Drill.Running running = drill.load(client, lifecycles, threads, Duration.ofMinutes(90));

            // kill at random points of the load: after a random share (10-90%) of the lifecycles, plus up to 3 s
            Random random = new Random();
            List<Integer> at = new ArrayList<>();
            for (int k = 0; k < kills; k++) {
                at.add(lifecycles / 10 + random.nextInt(Math.max(1, lifecycles * 8 / 10)));
            }
            at.sort(null);
            List<String> lines = new ArrayList<>();
            for (int threshold : at) {
                while (running.completed() < threshold && !running.done()) {
                    Thread.sleep(50);
                }
                if (running.done()) {
                    break;
                }
                Thread.sleep(random.nextInt(3000));
                int completedAtKill = running.completed();
                long pid = product.pid();
                long t0 = System.nanoTime();
                product.kill();
                double ready = product.start();
                lines.add(String.format("SIGKILL of pid %d after %d completed lifecycles; restarted, ready again "
                        + "after %.1f s (%.1f s from the kill)", pid, completedAtKill, ready,
                        (System.nanoTime() - t0) / 1e9));
                System.out.println(lines.get(lines.size() - 1));
            }
            Drill.Load load = running.await();
            Duration settled = drill.settle(Duration.ofMinutes(5));
            lines.add(String.format("kills done: %d of %d; product started %d times; settled %.0f s after the load",
                    product.starts() - 1, kills, product.starts(), settled.toMillis() / 1000.0));
            try (Connection db = drill.db().connect()) {
                DrillChecks checks = DrillChecks.of(db, lifecycles, load.completed().get(),
                        drill.received(), drill.badSignatures());
                checks.equal("SIGKILLs", product.starts() - 1, kills);
                passed = drill.report(load, threads, client, checks, lines);
            }
        }
        System.exit(passed ? 0 : 1);
    }
}
