package com.salesos.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String repId;
    private final String accountId;
    private final String sku;

    private ProcessBenchmark(String base) throws Exception {
        this.base = base;
        // its own rep, customer and product (with plenty of stock), made through the API like any client would
        String run = Long.toHexString(System.nanoTime());
        this.repId = post("/api/v1/sales-reps/create", """
                {"firstName": "Bench", "lastName": "Rep", "email": "bench-%s@example.com", "role": "FIELD",
                 "timeZone": "Europe/Berlin", "username": "bench-%s", "password": "bench-password"}"""
                .formatted(run, run)).path("id").asText();
        this.accountId = post("/api/v1/accounts", """
                {"name": "Bench customer %s", "type": "CUSTOMER", "tier": "STANDARD"}""".formatted(run))
                .path("id").asText();
        this.sku = "BENCH-" + run.toUpperCase();
        post("/api/v1/products", """
                {"sku": "%s", "name": "Bench crate", "category": "BEVERAGES", "unitCost": {"amount": 4.00,
                 "currency": "EUR"}, "price": {"amount": 7.90, "currency": "EUR"}}""".formatted(sku));
        post("/api/v1/integrations/inventory/stock-levels", """
                {"eventId": "bench-stock-%s", "items": [{"sku": "%s", "location": "BENCH", "onHand": 1000000}]}"""
                .formatted(run, sku));
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
                    lifecycle();
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

    private void lifecycle() throws Exception {
        String quoteId = post("/api/v1/sales-reps/quote", """
                {"repId": "%s", "accountId": "%s", "items": [{"sku": "%s", "quantity": 1}]}"""
                .formatted(repId, accountId, sku)).path("id").asText();
        await("/api/v1/quotes/" + quoteId, q -> q.path("status").asText().equals("SENT"));
        message("QuoteAccepted", quoteId);
        String orderId = await("/api/v1/quotes/" + quoteId, q -> q.hasNonNull("orderId")).path("orderId").asText();
        await("/api/v1/orders/" + orderId, o -> o.path("status").asText().equals("INVOICED"));
        message("InvoicePaid", orderId);
        await("/api/v1/orders/" + orderId, o -> o.hasNonNull("commission"));
    }

    private void message(String name, String correlationKey) throws Exception {
        post("/api/v1/messages", """
                {"name": "%s", "correlationKey": "%s", "timeToLive": "PT5M"}""".formatted(name, correlationKey));
    }

    private JsonNode await(String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode node = get(path);
            if (condition.test(node)) {
                return node;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("gave up waiting on " + path);
    }

    private JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private JsonNode post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("X-API-Key", EmbeddedRun.BENCH_KEY)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }
}
