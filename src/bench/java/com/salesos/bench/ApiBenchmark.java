package com.salesos.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code bench/run api [seconds] [concurrency]}: starts the product as its own process on loopback with the embedded
 * PostgreSQL and the demo data (a fresh data folder), then drives {@code GET /api/v1/sales-reps/list} (page of 20),
 * {@code POST /api/v1/sales-reps/visit} and {@code POST /api/v1/sales-reps/quote} with a fixed number of
 * closed-loop clients, each beside the floor of the stack ({@code GET /actuator/info}: the same sign-in and
 * dispatch, no work). Clients sign in with an API key (a password would put a bcrypt hash in every request).
 * Prints throughput and p50/p99, the ratio to the floor, the process's resident memory after the load (VmRSS)
 * and the time from launch to healthy.
 */
public final class ApiBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sos_bench_" + UUID.randomUUID().toString().replace("-", "");

    private ApiBenchmark() {
    }

    record Result(String name, int clients, long requests, long errors, double seconds, double p50, double p99) {
        double perSecond() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1].trim()) : 8;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("salesos-bench-");
        String opts = ProductProcess.javaOptions();
        ProductProcess product = new ProductProcess(port, Map.of("SALESOS_DATA_DIR", data.resolve("data").toString(),
                "SALESOS_BOOTSTRAP_API_KEY", KEY), List.of(), data.resolve("product.log"));
        String base = product.base();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            double startup = product.start();
            System.out.printf("product pid %d on %s, ready %.1f s after launch (log: %s)%n", product.pid(), base, startup,
                    product.log());

            JsonNode reps = get(http, base + "/api/v1/sales-reps/list?size=20");
            String repId = reps.path("items").get(0).path("id").asText();
            JsonNode accounts = get(http, base + "/api/v1/accounts?size=20");
            String accountId = accounts.path("items").get(0).path("id").asText();
            String sku = get(http, base + "/api/v1/products?size=5").path("items").get(0).path("sku").asText();
            String visit = "{\"repId\":\"%s\",\"accountId\":\"%s\",\"startedAt\":\"%s\",\"outcome\":\"INTERESTED\",\"notes\":[{\"text\":\"benchmark\"}]}"
                    .formatted(repId, accountId, Instant.now().minusSeconds(3600));
            String quote = "{\"repId\":\"%s\",\"accountId\":\"%s\",\"items\":[{\"sku\":\"%s\",\"quantity\":3}]}"
                    .formatted(repId, accountId, sku);

            Supplier<HttpRequest> floor = () -> request(base + "/actuator/info").GET().build();
            Supplier<HttpRequest> list = () -> request(base + "/api/v1/sales-reps/list?size=20").GET().build();
            Supplier<HttpRequest> visits = () -> post(base + "/api/v1/sales-reps/visit", visit);
            Supplier<HttpRequest> quotes = () -> post(base + "/api/v1/sales-reps/quote", quote);
            for (var check : List.of(floor, list, visits, quotes)) {
                HttpResponse<String> r = http.send(check.get(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() >= 300) {
                    throw new IllegalStateException(check.get().uri() + " answered " + r.statusCode() + ": " + r.body());
                }
            }
            // the JIT needs a while on 2 shared cores: warm every endpoint twice over before measuring
            int warmUp = Math.max(5, seconds / 2);
            System.out.printf("warming up (%d s per endpoint, twice) ...%n", warmUp);
            for (int round = 0; round < 2; round++) {
                for (var warm : List.of(floor, list, visits, quotes)) {
                    load("warm-up", http, warm, clients, warmUp);
                }
            }
            List<Result> results = new ArrayList<>();
            results.add(load("floor GET /actuator/info", http, floor, clients, seconds));
            results.add(load("GET /api/v1/sales-reps/list", http, list, clients, seconds));
            results.add(load("floor GET /actuator/info", http, floor, clients, seconds));
            results.add(load("POST /api/v1/sales-reps/visit", http, visits, clients, seconds));
            results.add(load("floor GET /actuator/info", http, floor, clients, seconds));
            results.add(load("POST /api/v1/sales-reps/quote", http, quotes, clients, seconds));
            long rssKb = product.residentKb();

            System.out.println();
            System.out.printf("API benchmark: %d closed-loop clients, %d s per run, %d cores, product JVM %s%n", clients,
                    seconds, Runtime.getRuntime().availableProcessors(), opts.isBlank() ? "(default options)" : opts);
            System.out.printf("%-32s %9s %8s %9s %9s %8s %9s%n", "endpoint", "req/s", "errors", "p50 ms", "p99 ms",
                    "p99/p50", "of floor");
            // each endpoint against the floor measured just before it: the machine's load drifts between runs
            double floorRate = 0;
            for (Result r : results) {
                if (r.name().startsWith("floor")) {
                    floorRate = r.perSecond();
                    System.out.printf("%-32s %9.1f %8d %9.2f %9.2f %8.1f%n", r.name(), r.perSecond(), r.errors(),
                            r.p50(), r.p99(), r.p99() / r.p50());
                } else {
                    System.out.printf("%-32s %9.1f %8d %9.2f %9.2f %8.1f %8.0f%%%n", r.name(), r.perSecond(),
                            r.errors(), r.p50(), r.p99(), r.p99() / r.p50(), 100 * r.perSecond() / floorRate);
                }
            }
            System.out.printf("resident memory after the load: %d MB (VmRSS of pid %d)%n", rssKb / 1024, product.pid());
            System.out.printf("launch to ready (/actuator/health/readiness UP): %.1f s (embedded PostgreSQL, first start with demo data)%n", startup);
        } finally {
            product.close();
            // the product stopped its embedded PostgreSQL on the way out: its data folder can go
            try (var files = Files.walk(data.resolve("data"))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                System.out.println("could not remove " + data.resolve("data") + ": " + e.getMessage());
            }
        }
        System.exit(0);
    }

    private static Result load(String name, HttpClient http, Supplier<HttpRequest> call, int clients, int seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = http.send(call.get(), HttpResponse.BodyHandlers.discarding());
                    latencies.add(System.nanoTime() - t0);
                    if (r.statusCode() >= 300) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Result(name, clients, all.size(), errors.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", KEY).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest post(String url, String body) {
        return request(url).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
