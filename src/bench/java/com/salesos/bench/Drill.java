package com.salesos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.salesos.integration.webhooks.WebhookReceiver;

/**
 * What the drills share: a private PostgreSQL and a webhook receiver on ports of their own, the product launched as
 * separate JVMs pointed at that database (no demo data, an admin API key, a webhook subscription to the receiver),
 * a bounded load of quote-to-commission lifecycles from retrying clients, the wait until the product has settled,
 * the end checks and the clean-up (JVMs killed, server stopped, temp folder deleted), also on failure.
 */
final class Drill implements AutoCloseable {

    static final String KEY = "sos_drill_" + UUID.randomUUID().toString().replace("-", "");

    private final String name;
    private final int basePort;
    private final Path dir;
    private final PrivatePostgres db;
    static final String WEBHOOK_SECRET = "drill-webhook-secret-0123456789";

    private final WebhookReceiver receiver;
    private final String secretKey;
    private final List<ProductProcess> products = new ArrayList<>();
    private final Thread cleanUpOnExit = new Thread(this::killAll);
    private final Instant began = Instant.now();

    /** Ports {@code basePort} (PostgreSQL), {@code +1} (receiver), {@code +2...} (product nodes). */
    Drill(String name, int basePort) throws Exception {
        this.name = name;
        this.basePort = basePort;
        this.dir = Files.createTempDirectory("salesos-drill-" + name + "-");
        Runtime.getRuntime().addShutdownHook(cleanUpOnExit);
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        this.secretKey = Base64.getEncoder().encodeToString(key);
        System.out.printf("%s drill, %s, %d cores, load average %s; work folder %s%n", name, began,
                Runtime.getRuntime().availableProcessors(), loadAverage(), dir);
        this.db = new PrivatePostgres(dir.resolve("postgres"), basePort);
        this.receiver = new WebhookReceiver(WEBHOOK_SECRET, basePort + 1);
        System.out.printf("private PostgreSQL on %s, webhook receiver on %s%n", db.jdbcUrl(), receiver.url());
    }

    /** A product node (the n-th, from 0) on the private database; not started yet. */
    ProductProcess node(int n, List<String> extraArgs) throws IOException {
        Path data = Files.createDirectories(dir.resolve("node-" + n));
        List<String> args = new ArrayList<>(List.of(
                "--salesos.webhooks.allow-private-targets=true",
                "--salesos.webhooks.secret-key=" + secretKey,
                "--salesos.webhooks.initial-backoff=1s", "--salesos.webhooks.max-backoff=5s",
                // a killed node's locked jobs go back to the others after this (default 5 min)
                "--salesos.workflow.executor.lock-timeout=30s",
                "--logging.level.root=WARN", "--logging.level.com.salesos.schedules=INFO",
                "--spring.main.banner-mode=off"));
        args.addAll(extraArgs);
        Map<String, String> env = new HashMap<>(Map.of("SPRING_DATASOURCE_URL", db.jdbcUrl(),
                "SALESOS_BOOTSTRAP_API_KEY", KEY, "SALESOS_DATA_DIR", data.toString()));
        ProductProcess product = new ProductProcess(basePort + 2 + n, env, args, data.resolve("product.log"));
        products.add(product);
        return product;
    }

    /** Makes the n-th node and starts it (waiting until it is ready). */
    ProductProcess start(int n, List<String> extraArgs) throws Exception {
        ProductProcess product = node(n, extraArgs);
        System.out.printf("node %d ready in %.1f s on %s%n", n, product.start(), product.base());
        return product;
    }

    PrivatePostgres db() {
        return db;
    }

    /** Deliveries the receiver accepted (signature right), per event id. */
    Map<String, Long> received() {
        return receiver.acceptedIds().stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    long badSignatures() {
        return receiver.badSignatures();
    }

    /** Subscribes the receiver to every event type and answers a retrying client with its fixtures. */
    LifecycleClient client(Supplier<String> base) throws Exception {
        LifecycleClient client = new LifecycleClient(base, KEY, true, Duration.ofMinutes(5));
        client.post("/api/v1/webhooks", """
                {"url": "%s", "secret": "%s", "eventTypes": ["quote.sent", "quote.accepted", "order.confirmed",
                 "invoice.requested", "loyalty.adjustment", "commission.recorded", "visit.logged", "lead.assigned",
                 "insight.created", "notification.requested"]}""".formatted(receiver.url(), WEBHOOK_SECRET),
                "drill-subscription");
        return client.withFixtures();
    }

    /** What a load did. */
    record Load(int lifecycles, AtomicInteger completed, List<String> failures, List<Long> nanos, double seconds) {
        Latencies latencies(int threads) {
            return Latencies.of("drill", threads, nanos, seconds);
        }
    }

    /**
     * Starts {@code lifecycles} lifecycles on {@code threads} client threads, each sending the next when the last has
     * reached its commission, and stopping at {@code deadline}; answers at once.
     */
    Running load(LifecycleClient client, int lifecycles, int threads, Duration deadline) {
        String run = Long.toHexString(System.nanoTime());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + deadline.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long begin = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < lifecycles && System.nanoTime() < end;
                        i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        client.lifecycle(run + "-" + i);
                        completed.incrementAndGet();
                        nanos.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        failures.add("lifecycle " + i + ": " + e.getMessage());
                    }
                }
            });
        }
        pool.shutdown();
        return new Running(pool, begin, new Load(lifecycles, completed, failures, nanos, 0), end);
    }

    /** A load under way. */
    record Running(ExecutorService pool, long begin, Load load, long end) {
        int completed() {
            return load.completed().get();
        }

        boolean done() {
            return pool.isTerminated();
        }

        /** Waits for the client threads (at most until the deadline plus their patience) and answers the load. */
        Load await() throws InterruptedException {
            pool.awaitTermination(Math.max(0, end - System.nanoTime()) + TimeUnit.MINUTES.toNanos(6),
                    TimeUnit.NANOSECONDS);
            pool.shutdownNow();
            return new Load(load.lifecycles(), load.completed(), load.failures(), load.nanos(),
                    (System.nanoTime() - begin) / 1e9);
        }
    }

    /**
     * Waits (at most {@code patience}) until the product is quiet: no active process instance, every event fanned
     * out and delivered, every internal event publication completed, for three seconds in a row.
     */
    Duration settle(Duration patience) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + patience.toNanos();
        int quiet = 0;
        while (System.nanoTime() < deadline && quiet < 3) {
            try (Connection c = db.connect()) {
                long busy = DrillChecks.count(c, "select (select count(*) from wf_process_instance where state = 'ACTIVE')"
                        + " + (select count(*) from outbox_event where fanned_out_at is null)"
                        + " + (select count(*) from webhook_delivery where state = 'PENDING')"
                        + " + (select count(*) from event_publication where completion_date is null)");
                quiet = busy == 0 ? quiet + 1 : 0;
            }
            Thread.sleep(1000);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Prints the load's figures, the extra lines, the end checks and the verdict; answers whether it passed. */
    boolean report(Load load, int threads, LifecycleClient client, DrillChecks checks, List<String> lines) {
        System.out.println();
        System.out.printf("%s drill: %d lifecycles on %d client threads, %.0f s of load, %s%n", name,
                load.lifecycles(), threads, load.seconds(), load.nanos().isEmpty() ? "" : load.latencies(threads));
        System.out.printf("client calls sent again after a failure: %d%n", client.retries());
        lines.forEach(System.out::println);
        load.failures().stream().limit(10).forEach(f -> System.out.println("client failure: " + f));
        checks.checks().forEach(System.out::println);
        boolean passed = checks.passed() && load.failures().isEmpty();
        System.out.printf("%s: %s (%s drill, %.0f s in all, load average %s at the end)%n", passed ? "PASS" : "FAIL",
                name, name, Duration.between(began, Instant.now()).toMillis() / 1000.0, loadAverage());
        return passed;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The number after {@code option} in {@code args}, else {@code fallback}. */
    static int option(String[] args, String option, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(option)) {
                return Integer.parseInt(args[i + 1].trim());
            }
        }
        return fallback;
    }

    private void killAll() {
        for (ProductProcess product : products) {
            try {
                product.kill();
            } catch (InterruptedException | RuntimeException ignored) {
                // on the way out
            }
        }
        try {
            db.close();
        } catch (IOException | RuntimeException ignored) {
            // on the way out
        }
    }

    /** Stops the nodes gracefully, then the server and receiver, and deletes the work folder. */
    @Override
    public void close() throws Exception {
        for (ProductProcess product : products) {
            product.close();
        }
        receiver.close();
        db.close();
        Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
        // the nodes' logs outlive the work folder, for reading after a failure
        Path logs = Files.createDirectories(Path.of("target", "drills"));
        for (int n = 0; n < products.size(); n++) {
            Files.copy(products.get(n).log(), logs.resolve(name + "-node-" + n + ".log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (System.getenv("SALESOS_DRILL_KEEP") == null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } else {
            System.out.println("kept " + dir);
        }
    }
}
