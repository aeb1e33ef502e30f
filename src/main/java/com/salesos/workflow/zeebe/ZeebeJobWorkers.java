package com.salesos.workflow.zeebe;

import java.util.ArrayList;
import java.util.List;

import com.salesos.workflow.JobWorker;
import io.camunda.client.CamundaClient;
import org.springframework.context.SmartLifecycle;

/**
 * Opens one Camunda job worker per {@link JobWorker} bean when the application starts and closes them when it
 * stops; the client polls the cluster for jobs of each type and hands them to {@link JobHandlerAdapter}.
 */
class ZeebeJobWorkers implements SmartLifecycle {

    private final CamundaClient client;
    private final List<JobWorker> workers;
    private final CamundaClientProperties.Worker settings;
    private final List<io.camunda.client.api.worker.JobWorker> open = new ArrayList<>();

    ZeebeJobWorkers(CamundaClient client, List<JobWorker> workers, CamundaClientProperties.Worker settings) {
        this.client = client;
        this.workers = workers;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        for (JobWorker worker : workers) {
            open.add(client.newWorker().jobType(worker.type()).handler(new JobHandlerAdapter(worker))
                    .name("salesos-" + worker.type()).maxJobsActive(settings.maxJobsActive())
                    .timeout(settings.timeout()).pollInterval(settings.pollInterval()).open());
        }
    }

    @Override
    public synchronized void stop() {
        open.forEach(io.camunda.client.api.worker.JobWorker::close);
        open.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !open.isEmpty();
    }
}
