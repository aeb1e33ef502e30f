package com.salesos.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product as a JVM of its own, launched from {@code target/classes} and its runtime dependencies (the classpath
 * {@code ./mvnw spring-boot:run} uses) on a loopback port, with readiness probes on. Benchmarks and drills start,
 * kill ({@code SIGKILL}) and restart it; {@code SALESOS_BENCH_JAVA_OPTS} passes JVM options.
 */
final class ProductProcess implements AutoCloseable {

    private static String classpath;

    private final int port;
    private final Map<String, String> env;
    private final List<String> args;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    /**
     * @param env  environment for the product (PORT is set from {@code port}; SPRING_DATASOURCE_URL is removed
     *             unless given, so that the embedded database is used)
     * @param args Spring Boot command-line arguments ({@code --name=value})
     * @param log  where the product writes its output (appended to on every start)
     */
    ProductProcess(int port, Map<String, String> env, List<String> args, Path log) {
        this.port = port;
        this.env = env;
        this.args = args;
        this.log = log;
    }

    /** Launches the product and waits until readiness is UP (at most 5 minutes); answers the seconds it took. */
    double start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        String opts = javaOptions();
        if (!opts.isBlank()) {
            command.addAll(List.of(opts.trim().split("\\s+")));
        }
        // readiness turns UP once every start-up task (models, demo data, the bootstrap key) has run
        command.addAll(List.of("-cp", runtimeClasspath(), "com.salesos.SalesOsApplication",
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        Instant launched = Instant.now();
        process = builder.start();
        starts++;
        return awaitReady(launched);
    }

    /** Kills the JVM with SIGKILL (no shutdown hooks, no graceful close) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int starts() {
        return starts;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** Resident memory of the JVM (VmRSS) in kB, -1 when unknown. */
    long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static String javaOptions() {
        return System.getenv().getOrDefault("SALESOS_BENCH_JAVA_OPTS", "");
    }

    /** Stops the product gracefully (SIGTERM, at most 60 s), then forcibly. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private double awaitReady(Instant launched) throws Exception {
        Instant deadline = launched.plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the product exited with " + process.exitValue() + " (log: " + log + ")");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return Duration.between(launched, Instant.now()).toMillis() / 1000.0;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the product was not ready within 5 minutes (log: " + log + ")");
    }

    /** target/classes and the runtime dependencies, as Maven resolves them (resolved once per JVM). */
    static synchronized String runtimeClasspath() throws Exception {
        if (classpath == null) {
            Path out = Files.createTempFile("salesos-bench-cp-", ".txt");
            Process mvn = new ProcessBuilder("./mvnw", "-q", "-B", "dependency:build-classpath",
                    "-Dmdep.includeScope=runtime", "-Dmdep.outputFile=" + out).inheritIO().start();
            if (mvn.waitFor() != 0) {
                throw new IllegalStateException("could not resolve the runtime classpath");
            }
            classpath = new File("target/classes").getAbsolutePath() + File.pathSeparator
                    + Files.readString(out).strip();
            Files.delete(out);
        }
        return classpath;
    }
}
