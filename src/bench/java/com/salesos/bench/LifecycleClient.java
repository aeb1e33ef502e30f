package com.salesos.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives quote-to-commission lifecycles through the REST API the way other systems do: create a quote (no
 * discount, so no approval), publish {@code QuoteAccepted} once it is sent, {@code InvoicePaid} once its order is
 * invoiced, and wait for the commission. Makes its own rep, customer and product (with plenty of stock) first.
 *
 * <p>A <em>retrying</em> client is the one of the drills: every POST carries an {@code Idempotency-Key} (and every
 * message a message id), and a call that finds the product down, restarting or without its database (connection
 * refused or reset, time-out, 5xx, 409 "in progress") is sent again, as it is, until {@code patience} runs out.
 */
final class LifecycleClient {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Supplier<String> base;
    private final String apiKey;
    private final boolean retrying;
    private final Duration patience;
    private final AtomicLong retries = new AtomicLong();
    private String repId;
    private String accountId;
    private String sku;

    /**
     * @param base     the product's base URL for each call (a supplier, so a client may alternate between nodes)
     * @param patience how long one call or one wait may take before the lifecycle fails
     */
    LifecycleClient(Supplier<String> base, String apiKey, boolean retrying, Duration patience) {
        this.base = base;
        this.apiKey = apiKey;
        this.retrying = retrying;
        this.patience = patience;
    }

    /** Makes the rep, customer and product the lifecycles use; answers this client. */
    LifecycleClient withFixtures() throws Exception {
        String run = Long.toHexString(System.nanoTime());
        repId = post("/api/v1/sales-reps/create", """
                {"firstName": "Bench", "lastName": "Rep", "email": "bench-%s@example.com", "role": "FIELD",
                 "timeZone": "Europe/Berlin", "username": "bench-%s", "password": "bench-password"}"""
                .formatted(run, run), "fixture-rep-" + run).path("id").asText();
        accountId = post("/api/v1/accounts", """
                {"name": "Bench customer %s", "type": "CUSTOMER", "tier": "STANDARD"}""".formatted(run),
                "fixture-account-" + run).path("id").asText();
        sku = "BENCH-" + run.toUpperCase();
        post("/api/v1/products", """
                {"sku": "%s", "name": "Bench crate", "category": "BEVERAGES", "unitCost": {"amount": 4.00,
                 "currency": "EUR"}, "price": {"amount": 7.90, "currency": "EUR"}}""".formatted(sku),
                "fixture-product-" + run);
        post("/api/v1/integrations/inventory/stock-levels", """
                {"eventId": "bench-stock-%s", "items": [{"sku": "%s", "location": "BENCH", "onHand": 100000000}]}"""
                .formatted(run, sku), "fixture-stock-" + run);
        return this;
    }

    /** One lifecycle, quote to commission; {@code id} names its Idempotency-Keys. Answers the quote id. */
    String lifecycle(String id) throws Exception {
        String quoteId = post("/api/v1/sales-reps/quote", """
                {"repId": "%s", "accountId": "%s", "items": [{"sku": "%s", "quantity": 1}]}"""
                .formatted(repId, accountId, sku), "quote-" + id).path("id").asText();
        await("/api/v1/quotes/" + quoteId, q -> q.path("status").asText().equals("SENT"));
        message("QuoteAccepted", quoteId);
        String orderId = await("/api/v1/quotes/" + quoteId, q -> q.hasNonNull("orderId")).path("orderId").asText();
        await("/api/v1/orders/" + orderId, o -> o.path("status").asText().equals("INVOICED"));
        message("InvoicePaid", orderId);
        await("/api/v1/orders/" + orderId, o -> o.hasNonNull("commission"));
        return quoteId;
    }

    /** Calls sent again after a failure (retrying clients only). */
    long retries() {
        return retries.get();
    }

    JsonNode get(String path) throws Exception {
        return send(() -> HttpRequest.newBuilder(URI.create(base.get() + path)).GET(), false);
    }

    JsonNode post(String path, String body, String idempotencyKey) throws Exception {
        return send(() -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.get() + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            return retrying ? request.header("Idempotency-Key", "drill-" + idempotencyKey) : request;
        }, retrying);
    }

    private void message(String name, String correlationKey) throws Exception {
        post("/api/v1/messages", """
                {"name": "%s", "correlationKey": "%s", "timeToLive": "PT5M", "messageId": "%s"}"""
                .formatted(name, correlationKey, name + "-" + correlationKey), name + "-" + correlationKey);
    }

    private JsonNode await(String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode node = get(path);
            if (condition.test(node)) {
                return node;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("gave up waiting on " + path);
    }

    private JsonNode send(Supplier<HttpRequest.Builder> request, boolean retryConflict) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            String failure;
            try {
                HttpResponse<String> response = http.send(request.get().header("X-API-Key", apiKey)
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status < 300) {
                    return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
                }
                failure = status + " " + response.body();
                if (!retrying || !(status >= 500 || (status == 409 && retryConflict))) {
                    throw new IllegalStateException(failure);
                }
            } catch (IOException e) {
                failure = e.toString();
                if (!retrying) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after " + patience + ": " + failure);
            }
            retries.incrementAndGet();
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }
}
