package com.salesos.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Client threads that each start an instance, wait until it has ended (polling its state every millisecond, the
 * same for both engines) and start the next; latency is start to observed end.
 */
final class ClosedLoop {

    private ClosedLoop() {
    }

    static <K> Latencies run(String engine, int threads, int instances, Function<Integer, K> start,
            Predicate<K> ended) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        long begin = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = instances / threads;
            futures.add(clients.submit(() -> {
                for (int i = 0; i < share; i++) {
                    long t0 = System.nanoTime();
                    K key = start.apply(ThreadLocalRandom.current().nextInt(0, 50));
                    while (!ended.test(key)) {
                        Thread.sleep(1);
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        clients.shutdown();
        return Latencies.of(engine, threads, latencies, seconds);
    }
}
