package com.salesos.workflow.embedded;

import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the embedded engine ({@code salesos.workflow.*}). */
@ConfigurationProperties("salesos.workflow")
record WorkflowProperties(String modelsDir, Boolean deployOnStartup, String nodeId, Executor executor, Timers timers) {

    WorkflowProperties {
        deployOnStartup = deployOnStartup == null || deployOnStartup;
        nodeId = nodeId == null || nodeId.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : nodeId;
        executor = executor == null ? new Executor(null, null, null, null, null, null) : executor;
        timers = timers == null ? new Timers(null, null) : timers;
    }

    /**
     * The job executor: worker threads, how often it looks for jobs when not woken by a local commit, how long a
     * taken job stays locked (a node that dies frees it after that), and the wait before retrying a failed job.
     */
    record Executor(Boolean enabled, Integer threads, Duration pollInterval, Duration lockTimeout, Integer maxJobsPerPoll,
            Duration defaultBackoff) {
        Executor {
            enabled = enabled == null || enabled;
            threads = threads == null ? 8 : threads;
            pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
            lockTimeout = lockTimeout == null ? Duration.ofMinutes(5) : lockTimeout;
            maxJobsPerPoll = maxJobsPerPoll == null ? 32 : maxJobsPerPoll;
            defaultBackoff = defaultBackoff == null ? Duration.ofSeconds(5) : defaultBackoff;
        }
    }

    /** The timer poller: whether it runs in the background and how often it looks for due timers. */
    record Timers(Boolean enabled, Duration pollInterval) {
        Timers {
            enabled = enabled == null || enabled;
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        }
    }
}
