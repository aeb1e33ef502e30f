package com.salesos.workflow.embedded;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** Wakes the local job executor and timer poller right after a commit that created work for them. */
@Component
class EngineSignals {

    private final List<Runnable> jobListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> timerListeners = new CopyOnWriteArrayList<>();

    void onJobs(Runnable listener) {
        jobListeners.add(listener);
    }

    void onTimers(Runnable listener) {
        timerListeners.add(listener);
    }

    void jobsCreated() {
        jobListeners.forEach(Runnable::run);
    }

    void timersCreated() {
        timerListeners.forEach(Runnable::run);
    }
}
