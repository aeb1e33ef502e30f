package com.salesos.workflow.embedded;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** A background thread that fires due timers every poll interval (and at once when a commit created a timer). */
@Component
class TimerPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TimerPoller.class);
    private static final int BATCH = 200;

    private final TimerFiring firing;
    private final Clock clock;
    private final WorkflowProperties.Timers settings;
    private final String nodeId;
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private Thread thread;

    TimerPoller(TimerFiring firing, Clock clock, WorkflowProperties properties, EngineSignals signals) {
        this.firing = firing;
        this.clock = clock;
        this.settings = properties.timers();
        this.nodeId = properties.nodeId();
        signals.onTimers(this::wake);
    }

    /** Fires every due timer now, in the calling thread (tests and tools); returns how many fired. */
    int fireDueTimers() {
        int total = 0;
        int fired;
        while ((fired = firing.fireDue(clock.instant(), BATCH)) > 0) {
            total += fired;
        }
        return total;
    }

    private void wake() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            try {
                fireDueTimers();
            } catch (RuntimeException e) {
                log.warn("Timer poll failed, trying again: {}", e.toString());
            }
            synchronized (wakeUp) {
                try {
                    if (running) {
                        wakeUp.wait(settings.pollInterval().toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "wf-timers-" + nodeId);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
