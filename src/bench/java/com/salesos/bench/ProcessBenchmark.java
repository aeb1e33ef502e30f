package com.salesos.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench/run process [lifecycles] [threads]}: quote-to-commission lifecycles through the REST API on the
 * embedded engine, the way other systems drive them: create a quote (no discount, so no approval), publish
 * {@code QuoteAccepted} once it is sent, {@code InvoicePaid} once its order is invoiced, and wait for the commission.
 * Prints completed lifecycles per second with p50/p99 start-to-commission latency, beside the workflow benchmark's
 * reference process on the same application and database in the same run (instances per second), and their ratio.
 * The application runs on a fresh database ({@code SALESOS_BENCH_DB_URL}, else {@code SALESOS_TEST_DB_URL}, else
 * the local server) with a rep, a customer and a product the benchmark makes through the API.
 */
public final class ProcessBenchmark {

    private final LifecycleClient client;

    private ProcessBenchmark(String base) throws Exception {
        this.client = new LifecycleClient(() -> base, EmbeddedRun.BENCH_KEY, false, Duration.ofMinutes(2))
                .withFixtures();
    }

    public static void main(String[] args) throws Exception {
        int lifecycles = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 200;
        int threads = args.length > 1 ? Integer.parseInt(args[1].trim()) : 8;
        String server = System.getenv().getOrDefault("SALESOS_BENCH_DB_URL", System.getenv()
                .getOrDefault("SALESOS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
        System.setProperty("salesos.test-db-url", server);
        List<Latencies> results = new ArrayList<>();
        try (EmbeddedRun run = new EmbeddedRun(true)) {
            int port = run.context().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            ProcessBenchmark bench = new ProcessBenchmark("http://127.0.0.1:" + port);
            bench.run(threads, Math.max(threads, lifecycles / 10)); // warm-up
            run.run(4, 100);
            results.add(bench.run(threads, lifecycles));
            results.add(run.run(threads, lifecycles * 2));
        }
        System.out.println();
        System.out.println("Process benchmark: quote -> guardrails -> send -> QuoteAccepted -> order -> stock -> confirm"
                + " -> invoice -> InvoicePaid -> commission decision -> commission (REST API, embedded engine)");
        results.forEach(System.out::println);
        System.out.printf("lifecycles/s over reference instances/s = %.2f%n",
                results.get(0).perSecond() / results.get(1).perSecond());
        System.exit(0);
    }

    private Latencies run(int threads, int lifecycles) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        long begin = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(clients.submit(() -> {
                for (int i = 0; i < lifecycles / threads; i++) {
                    long t0 = System.nanoTime();
                    client.lifecycle(null);
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        clients.shutdown();
        return Latencies.of("lifecycle", threads, latencies, seconds);
    }
}
