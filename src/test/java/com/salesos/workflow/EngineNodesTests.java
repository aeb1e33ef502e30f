package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole application nodes on one database: a node stopped in the middle of work (locked jobs, due timers) and
 * another started afterwards finishes every instance exactly once; two nodes side by side run each job once.
 */
class EngineNodesTests {

    @Test
    void instancesInterruptedByAStopFinishExactlyOnceAfterTheRestart() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        String id = "crash_" + Long.toHexString(System.nanoTime());
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        Map<Long, AtomicInteger> finishes = new ConcurrentHashMap<>();
        JobWorker hanging = EngineNodes.worker("crash.work", job -> {
            if (inFlight.incrementAndGet() <= 3) {
                awaitQuietly(release); // a node that dies with the job in its hands
                throw new IllegalStateException("node gone");
            }
            return Map.of("worked", true);
        });
        JobWorker finish = EngineNodes.worker("crash.finish", job -> {
            finishes.computeIfAbsent(job.processInstanceKey(), k -> new AtomicInteger()).incrementAndGet();
            return Map.of();
        });
        List<Long> instances = new ArrayList<>();
        try (ConfigurableApplicationContext nodeA = EngineNodes.start("node-a", clock, List.of(hanging, finish))) {
            Workflow workflow = nodeA.getBean(Workflow.class);
            workflow.deploy(List.of(new ModelResource(id + ".bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(id)
                    .startEvent().serviceTask("work", t -> t.zeebeJobType("crash.work"))
                    .intermediateCatchEvent("cool_down").timerWithDuration("P400D")
                    .serviceTask("finish", t -> t.zeebeJobType("crash.finish")).endEvent().done())
                    .getBytes(StandardCharsets.UTF_8))));
            for (int i = 0; i < 10; i++) {
                instances.add(workflow.start(id, Map.of("n", i), null));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> instances.stream()
                    .filter(k -> workflow.instance(k).activeElements().stream()
                            .anyMatch(e -> e.elementId().equals("cool_down"))).count() == 7 && inFlight.get() == 10);
        }
        release.countDown(); // the stopped node's workers wake up to a closed database pool: nothing lands
        clock.advance(Duration.ofDays(401)); // past the timers and the job locks

        AtomicInteger redone = new AtomicInteger();
        JobWorker work = EngineNodes.worker("crash.work", job -> {
            redone.incrementAndGet();
            return Map.of("worked", true);
        });
        try (ConfigurableApplicationContext nodeB = EngineNodes.start("node-b", clock, List.of(work, finish))) {
            Workflow workflow = nodeB.getBean(Workflow.class);
            // the three jobs taken again start their cool-down now; move past it too
            await().atMost(Duration.ofSeconds(60)).until(() -> redone.get() == 3 && instances.stream()
                    .allMatch(k -> workflow.instance(k).state() == ProcessInstance.InstanceState.COMPLETED
                            || workflow.instance(k).activeElements().stream()
                                    .anyMatch(e -> e.elementId().equals("cool_down"))));
            clock.advance(Duration.ofDays(401));
            await().atMost(Duration.ofSeconds(60)).until(() -> instances.stream()
                    .allMatch(k -> workflow.instance(k).state() == ProcessInstance.InstanceState.COMPLETED));

            assertThat(redone.get()).isEqualTo(3);
            assertThat(finishes).hasSize(10).allSatisfy((k, count) -> assertThat(count.get()).isEqualTo(1));
            for (long k : instances) {
                ProcessInstance pi = workflow.instance(k);
                assertThat(pi.history().stream().filter(h -> h.elementId().equals(id) && h.event().equals("COMPLETED")))
                        .hasSize(1);
                assertThat(pi.variables()).containsEntry("worked", true);
            }
        }
    }

    @Test
    void twoNodesOnOneDatabaseRunEachJobExactlyOnce() {
        MutableClock clock = new MutableClock(Instant.now());
        String id = "pair_" + Long.toHexString(System.nanoTime());
        Map<Long, AtomicInteger> executions = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
        java.util.function.Function<String, JobWorker> worker = node -> EngineNodes.worker("pair.work", job -> {
            executions.computeIfAbsent(job.key(), k -> new AtomicInteger()).incrementAndGet();
            byNode.computeIfAbsent(node, k -> new AtomicInteger()).incrementAndGet();
            return Map.of();
        });
        int n = 60;
        try (ConfigurableApplicationContext nodeA = EngineNodes.start("pair-a", clock, List.of(worker.apply("a")));
                ConfigurableApplicationContext nodeB = EngineNodes.start("pair-b", clock, List.of(worker.apply("b")))) {
            Workflow a = nodeA.getBean(Workflow.class);
            Workflow b = nodeB.getBean(Workflow.class);
            a.deploy(List.of(new ModelResource(id + ".bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(id)
                    .startEvent().serviceTask("work", t -> t.zeebeJobType("pair.work")).endEvent().done())
                    .getBytes(StandardCharsets.UTF_8))));
            List<Long> instances = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                instances.add((i % 2 == 0 ? a : b).start(id, Map.of(), null));
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> instances.stream()
                    .allMatch(k -> a.instance(k).state() == ProcessInstance.InstanceState.COMPLETED));

            assertThat(executions).hasSize(n).allSatisfy((k, count) -> assertThat(count.get()).isEqualTo(1));
            assertThat(byNode.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(n);
        }
    }

    @Test
    void withoutBackgroundThreadsTheEngineMovesOnlyWhenDriven() {
        MutableClock clock = new MutableClock(Instant.now());
        String id = "driven_" + Long.toHexString(System.nanoTime());
        AtomicInteger runs = new AtomicInteger();
        JobWorker work = EngineNodes.worker("driven.work", job -> Map.of("run", runs.incrementAndGet()));
        try (ConfigurableApplicationContext node = EngineNodes.start("driven", clock, List.of(work), false)) {
            Workflow workflow = node.getBean(Workflow.class);
            com.salesos.workflow.embedded.EngineDriver driver =
                    node.getBean(com.salesos.workflow.embedded.EngineDriver.class);
            workflow.deploy(List.of(new ModelResource(id + ".bpmn", Bpmn.convertToString(Bpmn.createExecutableProcess(id)
                    .startEvent().serviceTask("first", t -> t.zeebeJobType("driven.work"))
                    .intermediateCatchEvent("wait").timerWithDuration("PT1H")
                    .serviceTask("second", t -> t.zeebeJobType("driven.work")).endEvent().done())
                    .getBytes(StandardCharsets.UTF_8))));
            long key = workflow.start(id, Map.of(), null);

            assertThat(runs.get()).isZero();
            assertThat(driver.runDueJobs()).isEqualTo(1);
            assertThat(driver.fireDueTimers()).isZero();
            clock.advance(Duration.ofMinutes(61));
            assertThat(driver.fireDueTimers()).isEqualTo(1);
            assertThat(driver.runDueJobs()).isEqualTo(1);

            ProcessInstance pi = workflow.instance(key);
            assertThat(pi.state()).isEqualTo(ProcessInstance.InstanceState.COMPLETED);
            assertThat(pi.variables()).containsEntry("run", 2);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
