package com.salesos.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/drill two-nodes [--lifecycles N] [--threads T] [--together 1|0]} (defaults 300, 8, 1): two product
 * nodes on one database, launched at the same moment on the empty database (or, with 0, one after the other), no
 * balancer: the clients send every call to the next node in turn. Besides the crash drill's end checks
 * (every job's element completed once, no duplicate order or commission, every event delivered), the schedules
 * {@code kpi-snapshot} and {@code stale-deals} run every 5 seconds on both nodes ({@code salesos.schedules.<name>.cron})
 * and every run of the load, read from both nodes' logs ("Schedule x ran for slot: ..."), must be for a slot no other
 * run (on either node) had.
 */
public final class TwoNodesDrill {

    private static final Pattern RUN = Pattern.compile("Schedule (\\S+) ran for (\\S+): ");
    private static final Map<String, String> CRONS = Map.of("kpi-snapshot", "0/5 * * * * ?",
            "stale-deals", "2/5 * * * * ?");

    private TwoNodesDrill() {
    }

    public static void main(String[] args) throws Exception {
        int lifecycles = Drill.option(args, "--lifecycles", 300);
        int threads = Drill.option(args, "--threads", 8);
        boolean passed = false;
        try (Drill drill = new Drill("two-nodes", 18120)) {
            List<String> schedules = new ArrayList<>();
            CRONS.forEach((name, cron) -> schedules.add("--salesos.schedules." + name + ".cron=" + cron));
            List<ProductProcess> nodes;
            if (Drill.option(args, "--together", 1) == 1) {
                // both at once on the empty database: migrations, model deployment, Quartz and the API key race
                nodes = List.of(drill.node(0, schedules), drill.node(1, schedules));
                var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return nodes.get(1).start();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                double first = nodes.get(0).start();
                System.out.printf("both nodes started at once: ready in %.1f s and %.1f s%n", first, second.join());
            } else {
                nodes = List.of(drill.start(0, schedules), drill.start(1, schedules));
            }
            AtomicInteger turn = new AtomicInteger();
            LifecycleClient client = drill.client(() -> nodes.get(Math.floorMod(turn.getAndIncrement(), 2)).base());
            Drill.Load load = drill.load(client, lifecycles, threads, Duration.ofMinutes(60)).await();
            Duration settled = drill.settle(Duration.ofMinutes(5));
            List<String> lines = new ArrayList<>();
            lines.add(String.format("calls sent: %d, alternating between %s and %s; settled %.0f s after the load",
                    turn.get(), nodes.get(0).base(), nodes.get(1).base(), settled.toMillis() / 1000.0));
            try (Connection db = drill.db().connect()) {
                DrillChecks checks = DrillChecks.of(db, lifecycles, load.completed().get(),
                        drill.received(), drill.badSignatures());
                for (ProductProcess node : nodes) {
                    node.close();
                }
                scheduleChecks(nodes, checks, lines);
                passed = drill.report(load, threads, client, checks, lines);
            }
        }
        System.exit(passed ? 0 : 1);
    }

    /** Each schedule's runs by slot, from both logs: no slot run twice, and how many slots in between were missed. */
    private static void scheduleChecks(List<ProductProcess> nodes, DrillChecks checks, List<String> lines)
            throws Exception {
        for (String name : new TreeMap<>(CRONS).keySet()) {
            TreeMap<Instant, Integer> runs = new TreeMap<>();
            int[] perNode = new int[nodes.size()];
            for (int n = 0; n < nodes.size(); n++) {
                for (String line : Files.readAllLines(nodes.get(n).log())) {
                    Matcher m = RUN.matcher(line);
                    if (m.find() && m.group(1).equals(name)) {
                        runs.merge(Instant.parse(m.group(2)), 1, Integer::sum);
                        perNode[n]++;
                    }
                }
            }
            checks.info(name + ": slots run (every 5 s, both nodes)", runs.size());
            checks.zero(name + ": slots run more than once", runs.values().stream().filter(c -> c > 1).count());
            if (!runs.isEmpty()) {
                Instant first = runs.firstKey();
                Instant last = runs.lastKey();
                long span = Duration.between(first, last).toSeconds() / 5 + 1;
                checks.info(name + ": slots between first and last not run (misfires)", span - runs.size());
            }
            lines.add(String.format("%s runs by node: %s", name, java.util.Arrays.toString(perNode)));
        }
    }
}
