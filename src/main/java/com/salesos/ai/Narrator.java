package com.salesos.ai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The optional narrator: an OpenAI-compatible chat-completions endpoint ({@code salesos.ai.narrator.url}, the API's
 * base such as {@code http://localhost:11434/v1}; {@code model}; {@code api-key}) that may rephrase an explanation
 * for people. Off when no url is set. Nothing depends on it: off, slow (beyond {@code timeout-seconds}), failing
 * or answering nonsense, it gives nothing and the caller keeps its plain explanation.
 */
@Component
class Narrator {

    private static final Logger log = LoggerFactory.getLogger(Narrator.class);
    static final String INSTRUCTION = "You are a sales manager's assistant. Rephrase the analysis below as two or three"
            + " plain sentences for a sales rep. Keep every number, name and date exactly as given; add nothing.";

    private final URI endpoint;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient http;

    @Autowired
    Narrator(@Value("${salesos.ai.narrator.url:}") String url, @Value("${salesos.ai.narrator.model:}") String model,
            @Value("${salesos.ai.narrator.api-key:}") String apiKey,
            @Value("${salesos.ai.narrator.timeout-seconds:5}") int timeoutSeconds, ObjectMapper json) {
        this.endpoint = url == null || url.isBlank() ? null
                : URI.create(url.replaceAll("/+$", "") + "/chat/completions");
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
        this.json = json;
        this.http = endpoint == null ? null : HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    boolean enabled() {
        return endpoint != null;
    }

    /** The narrator's wording of {@code explanation}, or empty when it is off or gives no usable answer. */
    Optional<String> rephrase(String explanation) {
        if (endpoint == null || explanation == null || explanation.isBlank()) {
            return Optional.empty();
        }
        try {
            String body = json.writeValueAsString(Map.of("model", model == null ? "" : model, "temperature", 0.2,
                    "messages", List.of(Map.of("role", "system", "content", INSTRUCTION),
                            Map.of("role", "user", "content", explanation))));
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (apiKey != null && !apiKey.isBlank()) {
                request.header("Authorization", "Bearer " + apiKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("Narrator answered HTTP {}; keeping the plain explanation", response.statusCode());
                return Optional.empty();
            }
            JsonNode content = json.readTree(response.body()).path("choices").path(0).path("message").path("content");
            String text = content.isTextual() ? content.asText().strip() : "";
            return text.isEmpty() || text.length() > 4000 ? Optional.empty() : Optional.of(text);
        } catch (IOException | RuntimeException e) {
            log.warn("Narrator failed ({}); keeping the plain explanation", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
