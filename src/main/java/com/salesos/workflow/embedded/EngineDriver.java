package com.salesos.workflow.embedded;

import org.springframework.stereotype.Component;

/**
 * Runs the engine's background work on demand in the calling thread: with {@code salesos.workflow.executor.enabled}
 * and {@code salesos.workflow.timers.enabled} off, tests and tools move the engine step by step.
 */
@Component
public class EngineDriver {

    private final JobExecutor jobs;
    private final TimerPoller timers;

    EngineDriver(JobExecutor jobs, TimerPoller timers) {
        this.jobs = jobs;
        this.timers = timers;
    }

    /** Runs every due job of this node's worker types; returns how many ran. */
    public int runDueJobs() {
        return jobs.runDueJobs();
    }

    /** Fires every timer due by the engine clock; returns how many fired. */
    public int fireDueTimers() {
        return timers.fireDueTimers();
    }
}
