package com.salesos.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on loopback, as another system would run one: checks each delivery's signature, answers 204
 * and counts the deliveries of each event id (delivery is at least once, so an id may come more than once).
 */
final class EventReceiver implements AutoCloseable {

    static final String SECRET = "drill-webhook-secret-0123456789";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, AtomicLong> received = new ConcurrentHashMap<>();
    private final AtomicLong badSignatures = new AtomicLong();

    EventReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        server.createContext("/events", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    /** Deliveries received per event id. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        received.forEach((id, n) -> counts.put(id, n.get()));
        return counts;
    }

    long badSignatures() {
        return badSignatures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (!signature(body).equals(exchange.getRequestHeaders().getFirst("X-SalesOS-Signature"))) {
                badSignatures.incrementAndGet();
            }
            String id = json.readTree(body).path("id").asText();
            received.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static String signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
