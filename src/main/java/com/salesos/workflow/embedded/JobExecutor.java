package com.salesos.workflow.embedded;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.salesos.workflow.BpmnError;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobFailure;
import com.salesos.workflow.JobWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs job workers: a poller thread takes due jobs for the registered types (woken at once by local commits,
 * else every poll interval) and hands them to a pool; each worker runs outside any engine transaction and its
 * outcome is applied in a new one. At-least-once: a job whose outcome never lands is taken again after its lock.
 */
@Component
class JobExecutor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobExecutor.class);

    private final Map<String, JobWorker> workers = new HashMap<>();
    private final JobActivator activator;
    private final Commands commands;
    private final Clock clock;
    private final WorkflowProperties.Executor settings;
    private final String nodeId;
    private final Semaphore slots;
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private volatile boolean signalled;
    private ExecutorService pool;
    private Thread poller;

    JobExecutor(List<JobWorker> workerBeans, JobActivator activator, Commands commands, Clock clock,
            WorkflowProperties properties, EngineSignals signals) {
        workerBeans.forEach(w -> workers.put(w.type(), w));
        this.activator = activator;
        this.commands = commands;
        this.clock = clock;
        this.settings = properties.executor();
        this.nodeId = properties.nodeId();
        this.slots = new Semaphore(settings.threads());
        signals.onJobs(this::wake);
    }

    /** Runs every due job of the registered types in the calling thread (tests and tools); returns how many. */
    int runDueJobs() {
        int total = 0;
        List<Job> jobs;
        while (!(jobs = activator.activate(types(), settings.maxJobsPerPoll(), nodeId, clock.instant(),
                settings.lockTimeout())).isEmpty()) {
            jobs.forEach(this::execute);
            total += jobs.size();
        }
        return total;
    }

    void execute(Job job) {
        JobWorker worker = workers.get(job.type());
        Map<String, Object> result;
        try {
            result = worker.handle(job);
        } catch (BpmnError e) {
            commands.throwJobError(job.key(), e.code(), e.getMessage(), e.variables());
            return;
        } catch (JobFailure e) {
            fail(job, e, e.backoff() == null ? settings.defaultBackoff() : e.backoff());
            return;
        } catch (RuntimeException e) {
            fail(job, e, settings.defaultBackoff());
            return;
        }
        commands.completeJob(job.key(), result == null ? Map.of() : result);
    }

    private void fail(Job job, RuntimeException e, Duration backoff) {
        log.info("Job {} ({}) failed, {} retries left: {}", job.key(), job.type(), job.retries() - 1, e.toString());
        commands.failJob(job.key(), job.retries() - 1, backoff, String.valueOf(e.getMessage()));
    }

    private List<String> types() {
        return new ArrayList<>(workers.keySet());
    }

    private void wake() {
        synchronized (wakeUp) {
            signalled = true;
            wakeUp.notifyAll();
        }
    }

    private void poll() {
        while (running) {
            try {
                int free = slots.availablePermits();
                List<Job> jobs = free == 0 ? List.of() : activator.activate(types(), Math.min(free,
                        settings.maxJobsPerPoll()), nodeId, clock.instant(), settings.lockTimeout());
                for (Job job : jobs) {
                    slots.acquire();
                    pool.execute(() -> {
                        try {
                            execute(job);
                        } catch (RuntimeException e) {
                            log.warn("Job {} outcome not recorded; it runs again after its lock: {}", job.key(), e.toString());
                        } finally {
                            slots.release();
                            wake();
                        }
                    });
                }
                if (jobs.isEmpty() || jobs.size() < free) {
                    synchronized (wakeUp) {
                        if (!signalled && running) {
                            wakeUp.wait(settings.pollInterval().toMillis());
                        }
                        signalled = false;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Job poll failed, trying again: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        synchronized (wakeUp) {
            try {
                wakeUp.wait(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void start() {
        if (!settings.enabled() || workers.isEmpty()) {
            return;
        }
        running = true;
        pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "wf-job-" + nodeId);
            t.setDaemon(true);
            return t;
        });
        poller = new Thread(this::poll, "wf-job-poller-" + nodeId);
        poller.setDaemon(true);
        poller.start();
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        poller.interrupt();
        pool.shutdown();
        try {
            // running workers get a moment to record their outcome; an unfinished job is taken again after its lock
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            poller.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
