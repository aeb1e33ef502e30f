package com.salesos.integration.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver as a partner would write one: a real HTTP server on loopback that checks the signature over
 * the exact body bytes with its own copy of the secret, keeps each CloudEvent it accepts, and can be told to fail.
 * Public for the drills under {@code src/bench}, which count what it received by event id.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String secret;
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int failWith;
    private volatile String lastContentType;

    WebhookReceiver(String secret) throws IOException {
        this(secret, 0);
    }

    /** A receiver on loopback port {@code port} (0: any free one). */
    public WebhookReceiver(String secret, int port) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers every request with this status (503 for "down"); 0 accepts again. */
    void failWith(int status) {
        this.failWith = status;
    }

    List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    /** The ids of the events accepted, once per delivery (an id delivered again is listed again). */
    public List<String> acceptedIds() {
        return accepted.stream().map(e -> e.get("id").asText()).toList();
    }

    String lastContentType() {
        return lastContentType;
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        lastContentType = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-SalesOS-Signature");
        int status;
        if (failWith != 0) {
            status = failWith;
        } else if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                expectedSignature(body).getBytes(StandardCharsets.US_ASCII))) {
            badSignatures.incrementAndGet();
            status = 401;
        } else {
            accepted.add(JSON.readTree(body));
            status = 204;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String expectedSignature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
