package com.salesos.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of the drill's own (the zonky binaries the product depends on) on a fixed loopback port with
 * its data in a folder of the drill, so that the drill may stop and start it without touching a shared server.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path dir;
    private final int port;
    private EmbeddedPostgres server;

    PrivatePostgres(Path dir, int port) throws IOException {
        this.dir = dir;
        this.port = port;
        start();
    }

    /** JDBC URL of its database {@code postgres}, user {@code postgres} (trust authentication). */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    /** Stops the server (fast shutdown: open connections are closed), keeping its data. */
    void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts it again on the same port and data. */
    void start() throws IOException {
        server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("pgdata"))
                .setCleanDataDirectory(false).setOverrideWorkingDirectory(dir.resolve("work").toFile())
                .setServerConfig("max_connections", "200").start();
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
