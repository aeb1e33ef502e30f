package com.salesos.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Starts (once per data folder and JVM) a real PostgreSQL from the zonky binaries and answers its JDBC URL.
 * The data folder is kept between runs, so the embedded database survives restarts.
 */
public final class EmbeddedPostgres {

    private static final ConcurrentMap<Path, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> RUNNING =
            new ConcurrentHashMap<>();

    private EmbeddedPostgres() {
    }

    /** Starts the server for {@code dataDir} unless it already runs, and returns a JDBC URL to database {@code postgres}. */
    public static String start(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = RUNNING.computeIfAbsent(dir, EmbeddedPostgres::launch);
        return pg.getJdbcUrl("postgres", "postgres");
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres launch(Path dir) {
        try {
            Files.createDirectories(dir);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dir.resolve("work").toFile())
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away; PostgreSQL recovers from an unclean stop on the next start
                }
            }, "embedded-postgres-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }
}
