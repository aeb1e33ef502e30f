package com.salesos.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The figures of one run: completed instances per second and start-to-end latency percentiles. */
record Latencies(String engine, int threads, int instances, double seconds, double p50Millis, double p99Millis) {

    static Latencies of(String engine, int threads, List<Long> nanos, double seconds) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Latencies(engine, threads, sorted.size(), seconds, percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    double perSecond() {
        return instances / seconds;
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format("%-9s threads=%d  instances=%4d  %7.1f instances/s  p50=%7.1f ms  p99=%7.1f ms", engine,
                threads, instances, perSecond(), p50Millis, p99Millis);
    }
}
