package com.salesos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run workflow [instances]}: the reference process on the embedded engine and on Flowable 7, each on
 * its own database of the same PostgreSQL ({@code SALESOS_BENCH_DB_URL}, else {@code SALESOS_TEST_DB_URL}, else
 * the local server), with 1 and 8 client threads; prints instances per second, p50/p99 and the ratio.
 */
public final class WorkflowBenchmark {

    private WorkflowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 400;
        String server = System.getenv().getOrDefault("SALESOS_BENCH_DB_URL",
                System.getenv().getOrDefault("SALESOS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
        String suffix = Long.toHexString(System.currentTimeMillis());
        String theirs = "flowable_bench_" + suffix;
        execute(server, "create database " + theirs);
        // the embedded engine's application takes a fresh database on the same server from the test classpath's
        // database chooser (TestDatabaseEnvironment), dropped again when the JVM exits
        System.setProperty("salesos.test-db-url", server);
        List<Latencies> results = new ArrayList<>();
        try {
            try (EmbeddedRun embedded = new EmbeddedRun()) {
                embedded.run(4, 100); // warm-up
                results.add(embedded.run(1, instances / 4));
                results.add(embedded.run(8, instances));
            }
            try (FlowableRun flowable = new FlowableRun(withDatabase(server, theirs), "postgres", "")) {
                flowable.run(4, 100);
                results.add(flowable.run(1, instances / 4));
                results.add(flowable.run(8, instances));
            }
        } finally {
            execute(server, "drop database if exists " + theirs + " with (force)");
        }
        System.out.println();
        System.out.println("Workflow benchmark: start -> service -> decision (6 rules) -> gateway -> 2 service tasks -> end");
        results.forEach(System.out::println);
        for (int threads : new int[] { 1, 8 }) {
            double ourRate = rate(results, "embedded", threads);
            double theirRate = rate(results, "flowable", threads);
            System.out.printf("threads=%d  embedded/flowable = %.2fx%n", threads, ourRate / theirRate);
        }
        System.exit(0);
    }

    private static double rate(List<Latencies> results, String engine, int threads) {
        return results.stream().filter(r -> r.engine().equals(engine) && r.threads() == threads).findFirst()
                .orElseThrow().perSecond();
    }

    private static void execute(String serverUrl, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String withDatabase(String jdbcUrl, String database) {
        int schemeEnd = jdbcUrl.indexOf("//") + 2;
        int pathStart = jdbcUrl.indexOf('/', schemeEnd);
        int query = jdbcUrl.indexOf('?', schemeEnd);
        String host = jdbcUrl.substring(0, pathStart < 0 ? (query < 0 ? jdbcUrl.length() : query) : pathStart);
        return host + "/" + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }
}
