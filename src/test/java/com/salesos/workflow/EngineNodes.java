package com.salesos.workflow;

import java.util.List;
import java.util.Map;

import com.salesos.SalesOsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a whole application (one engine node) on the test database, with a given clock and workers. */
final class EngineNodes {

    private EngineNodes() {
    }

    static ConfigurableApplicationContext start(String nodeId, MutableClock clock, List<JobWorker> workers) {
        return start(nodeId, clock, workers, true);
    }

    /** @param background false to switch off the job executor and timer poller (the test drives them) */
    static ConfigurableApplicationContext start(String nodeId, MutableClock clock, List<JobWorker> workers,
            boolean background) {
        // command-line arguments: they outrank application.yml (a random port, never the shared 8080)
        return new SpringApplicationBuilder(SalesOsApplication.class)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("clock", clock);
                    for (int i = 0; i < workers.size(); i++) {
                        ctx.getBeanFactory().registerSingleton("nodeWorker" + i, workers.get(i));
                    }
                })
                .run("--server.port=0", "--salesos.workflow.node-id=" + nodeId,
                        "--salesos.workflow.deploy-on-startup=false", "--salesos.workflow.executor.poll-interval=50ms",
                        "--salesos.workflow.executor.lock-timeout=30s", "--salesos.workflow.timers.poll-interval=50ms",
                        "--spring.jmx.enabled=false", "--salesos.workflow.executor.enabled=" + background,
                        "--salesos.workflow.timers.enabled=" + background);
    }

    static JobWorker worker(String type, java.util.function.Function<Job, Map<String, Object>> handler) {
        return new JobWorker() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Map<String, Object> handle(Job job) {
                return handler.apply(job);
            }
        };
    }
}
