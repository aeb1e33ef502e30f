package com.salesos.workflow.zeebe;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;

/**
 * A loopback stand-in for a Camunda 8 cluster's REST API (JDK HttpServer on a free port): answers canned JSON per
 * route, records every request, and answers 500 to anything unrouted so that a surprise request fails the test.
 */
final class ClusterStub implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request as the cluster received it. */
    record Request(String method, String path, String contentType, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    /** A status and body; the content type is problem+json for errors, else JSON unless given. */
    record Answer(int status, String body, String contentType) {
        Answer(int status, String body) {
            this(status, body, status >= 400 ? "application/problem+json" : "application/json");
        }
    }

    private record Route(String method, Pattern path, Function<Request, Answer> answer) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    private ClusterStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    static ClusterStub start() throws IOException {
        return new ClusterStub();
    }

    /** Answers requests to a path (a regex) with a status and a JSON body; later routes win. */
    ClusterStub on(String method, String path, int status, String json) {
        return on(method, path, r -> new Answer(status, json));
    }

    ClusterStub on(String method, String path, Function<Request, Answer> answer) {
        routes.add(0, new Route(method, Pattern.compile(path), answer));
        return this;
    }

    /** A problem+json refusal as the cluster sends it. */
    static Answer problem(int status, String title, String detail) {
        return new Answer(status, "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":" + quote(detail) + "}");
    }

    static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Request> requests(String method, String path) {
        Pattern pattern = Pattern.compile(path);
        return requests.stream().filter(r -> r.method().equals(method) && pattern.matcher(r.path()).matches()).toList();
    }

    Request only(String method, String path) {
        List<Request> matching = requests(method, path);
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + method + " " + path + ", got " + matching + " of " + requests);
        }
        return matching.get(0);
    }

    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client as the application builds it, preferring REST, with gRPC pointed at a port nobody listens on. */
    CamundaClient client() {
        return ZeebeConfiguration.client(new CamundaClientProperties(address(), URI.create("http://127.0.0.1:1"), true,
                Duration.ofSeconds(5), null, new CamundaClientProperties.Worker(4, 2, Duration.ofMinutes(1),
                        Duration.ofMillis(50))));
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] in = exchange.getRequestBody().readAllBytes();
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), new String(in, StandardCharsets.UTF_8));
        requests.add(request);
        Answer answer = routes.stream().filter(r -> r.method().equals(request.method())
                && r.path().matcher(request.path()).matches()).findFirst().map(r -> r.answer().apply(request))
                .orElse(problem(500, "INTERNAL", "no stub route for " + request.method() + " " + request.path()));
        byte[] out = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (out.length == 0) {
            exchange.sendResponseHeaders(answer.status(), -1);
        } else {
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(out);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
