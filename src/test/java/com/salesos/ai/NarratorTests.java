package com.salesos.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The narrator against a loopback server that speaks the chat-completions JSON; no external calls. */
class NarratorTests {

    static final String PLAIN = "Anna Berger, 2026-11-02 to 2026-11-29: revenue 4200.00 EUR (38.5 % of the period's quota)";

    final ObjectMapper json = new ObjectMapper();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    HttpServer server;
    volatile int status = 200;
    volatile String answer;
    volatile boolean hang;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void sendsTheExplanationAndReturnsTheModelsWording() throws Exception {
        answer = chat("Anna reached 38.5 % of her quota for the period, with 4200.00 EUR in revenue.");
        Narrator narrator = narrator("secret-key", 5);
        assertThat(narrator.rephrase(PLAIN))
                .contains("Anna reached 38.5 % of her quota for the period, with 4200.00 EUR in revenue.");
        JsonNode sent = requests.get(0);
        assertThat(sent.path("model").asText()).isEqualTo("llama3.1");
        assertThat(sent.path("messages").path(0).path("role").asText()).isEqualTo("system");
        assertThat(sent.path("messages").path(1).path("content").asText()).isEqualTo(PLAIN);
        assertThat(authorizations).containsExactly("Bearer secret-key");
    }

    @Test
    void givesNothingWhenTheServerFailsAnswersNonsenseOrTakesTooLong() throws Exception {
        Narrator narrator = narrator("", 1);
        status = 500;
        answer = "{\"error\": \"overloaded\"}";
        assertThat(narrator.rephrase(PLAIN)).isEmpty();
        status = 200;
        answer = "{\"choices\": []}";
        assertThat(narrator.rephrase(PLAIN)).isEmpty();
        answer = "not json";
        assertThat(narrator.rephrase(PLAIN)).isEmpty();
        hang = true;
        long began = System.nanoTime();
        assertThat(narrator.rephrase(PLAIN)).isEmpty();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began)).isLessThan(5);
        assertThat(authorizations).allMatch(String::isEmpty);
    }

    @Test
    void isOffWithoutAUrlAndThenCallsNobody() {
        Narrator off = new Narrator("", "llama3.1", "", 5, json);
        assertThat(off.enabled()).isFalse();
        assertThat(off.rephrase(PLAIN)).isEmpty();
        assertThat(requests).isEmpty();
    }

    private Narrator narrator(String key, int timeoutSeconds) {
        return new Narrator("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/", "llama3.1", key,
                timeoutSeconds, json);
    }

    private String chat(String content) throws IOException {
        return json.writeValueAsString(java.util.Map.of("id", "chatcmpl-1", "object", "chat.completion", "choices",
                List.of(java.util.Map.of("index", 0, "finish_reason", "stop", "message",
                        java.util.Map.of("role", "assistant", "content", content)))));
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(json.readTree(exchange.getRequestBody()));
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(auth == null ? "" : auth);
        if (hang) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException closed) {
            // the narrator gave up waiting
        } finally {
            exchange.close();
        }
    }
}
