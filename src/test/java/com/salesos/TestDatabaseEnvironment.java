package com.salesos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.salesos.platform.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use: the server in {@code SALESOS_TEST_DB_URL} when
 * set (CI points it at the local server), else Testcontainers when a Docker engine answers, else the embedded
 * PostgreSQL. Each test JVM gets a database of its own, created here, so nothing left by an earlier run counts.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static volatile Map<String, Object> properties;
    private static final String WEBHOOK_SECRET_KEY = randomKey();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getPropertySources().contains("salesosTestDatabase")) {
            return;
        }
        env.getPropertySources().addFirst(new MapPropertySource("salesosTestDatabase", properties()));
        // defaults below the application's files and a test's own properties, which may switch them back:
        // no background webhook dispatcher nor Quartz firing (tests deliver and run on demand, so contexts cached by
        // other tests never send in the background), and one webhook secret key per test JVM rather than a file in
        // the work tree
        env.getPropertySources().addLast(new MapPropertySource("salesosTestDefaults", Map.of(
                "salesos.webhooks.dispatcher-enabled", "false",
                // Quartz schedules stay registered but do not fire by themselves: tests run them on demand
                "spring.quartz.auto-startup", "false",
                "salesos.webhooks.secret-key", WEBHOOK_SECRET_KEY,
                // the suite keeps several application contexts cached, each with its pool, and some tests start
                // more nodes: an idle context shrinks to one connection, so the suite stays well inside the
                // server's connection limit (100 by default) however many contexts it has cached
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }

    @Override
    public int getOrder() {
        // before the main application's embedded-database post-processor
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

    /** The datasource settings of this JVM's test database, created on first use. */
    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = createDatabase();
        }
        return properties;
    }

    private static Map<String, Object> createDatabase() {
        String serverUrl = System.getenv("SALESOS_TEST_DB_URL");
        if (serverUrl == null || serverUrl.isBlank()) {
            serverUrl = System.getProperty("salesos.test-db-url");
        }
        String user = "postgres";
        String password = "";
        if (serverUrl == null || serverUrl.isBlank()) {
            if (dockerAvailable()) {
                PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
                container.start();
                serverUrl = container.getJdbcUrl();
                user = container.getUsername();
                password = container.getPassword();
            } else {
                try {
                    Path dir = Files.createTempDirectory("salesos-test-pg");
                    serverUrl = EmbeddedPostgres.start(dir);
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> EmbeddedPostgres.stop(dir)));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Could not create a folder for the embedded test PostgreSQL", e);
                }
            }
        } else {
            user = queryParam(serverUrl, "user", user);
            password = queryParam(serverUrl, "password", password);
        }
        String name = "salesos_t_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xFFFF));
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            dropStaleDatabases(s);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on " + serverUrl, e);
        }
        String url = withDatabase(serverUrl, name);
        return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                "spring.datasource.password", password, "salesos.demo-data", "false");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /**
     * Drops test databases of runs that started more than a few hours ago. Dropping our own at JVM exit would race
     * the closing application contexts, and younger ones may belong to a run still going on this server.
     */
    private static void dropStaleDatabases(Statement s) throws SQLException {
        String cutoff = LocalDateTime.now().minusHours(6).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
        java.util.List<String> stale = new java.util.ArrayList<>();
        try (var rs = s.executeQuery("select datname from pg_database where datname like 'salesos\\_t\\_%'")) {
            while (rs.next()) {
                String db = rs.getString(1);
                if (db.length() >= 25 && db.substring(10, 25).compareTo(cutoff) < 0) {
                    stale.add(db);
                }
            }
        }
        for (String db : stale) {
            try {
                s.execute("drop database if exists " + db + " with (force)");
            } catch (SQLException ignored) {
                // another run dropped it first
            }
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        // jdbc:postgresql://host:port/db?params -> same with another db
        int schemeEnd = jdbcUrl.indexOf("//") + 2;
        int pathStart = jdbcUrl.indexOf('/', schemeEnd);
        int query = jdbcUrl.indexOf('?', schemeEnd);
        String hostPart = jdbcUrl.substring(0, pathStart < 0 ? (query < 0 ? jdbcUrl.length() : query) : pathStart);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        return hostPart + "/" + database + params;
    }

    private static String queryParam(String jdbcUrl, String name, String fallback) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return fallback;
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return kv[1];
            }
        }
        return fallback;
    }
}
