package com.salesos.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Starts (once per data folder and JVM) a real PostgreSQL from the zonky binaries and answers its JDBC URL.
 * The data folder is kept between runs, so the embedded database survives restarts. Whoever starts it says when
 * it stops: the application after its contexts have closed, so nothing waits on a database that is gone.
 */
public final class EmbeddedPostgres {

    private static final ConcurrentMap<Path, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> RUNNING =
            new ConcurrentHashMap<>();

    private EmbeddedPostgres() {
    }

    /** Starts the server for {@code dataDir} unless it already runs, and returns a JDBC URL to database {@code postgres}. */
    public static String start(Path dataDir) {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = RUNNING.computeIfAbsent(key(dataDir),
                EmbeddedPostgres::launch);
        return pg.getJdbcUrl("postgres", "postgres");
    }

    /** Stops the server of {@code dataDir} if it runs; PostgreSQL recovers from an unclean stop on its next start. */
    public static void stop(Path dataDir) {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = RUNNING.remove(key(dataDir));
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
        }
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres launch(Path dir) {
        try {
            Files.createDirectories(dir);
            return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dir.resolve("work").toFile())
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }
}
