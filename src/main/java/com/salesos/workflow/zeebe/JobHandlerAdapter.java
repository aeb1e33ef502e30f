package com.salesos.workflow.zeebe;

import java.time.Duration;
import java.util.Map;

import com.salesos.workflow.BpmnError;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobFailure;
import com.salesos.workflow.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a port {@link JobWorker} for a job the cluster handed out and reports its outcome: complete with the
 * returned variables, throw a BPMN error, or fail with one retry less after the back-off (the cluster raises the
 * incident at zero). The same worker code runs on the embedded engine.
 */
class JobHandlerAdapter implements JobHandler {

    /** The embedded engine's default wait before a failed job runs again. */
    static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(JobHandlerAdapter.class);

    private final JobWorker worker;

    JobHandlerAdapter(JobWorker worker) {
        this.worker = worker;
    }

    @Override
    public void handle(JobClient client, ActivatedJob activated) {
        Job job = new Job(activated.getKey(), activated.getType(), activated.getProcessInstanceKey(),
                activated.getBpmnProcessId(), activated.getElementId(), activated.getElementInstanceKey(),
                activated.getRetries(), activated.getVariablesAsMap(), activated.getCustomHeaders());
        Map<String, Object> result;
        try {
            result = worker.handle(job);
        } catch (BpmnError e) {
            client.newThrowErrorCommand(job.key()).errorCode(e.code()).errorMessage(String.valueOf(e.getMessage()))
                    .variables(e.variables()).send().join();
            return;
        } catch (JobFailure e) {
            fail(client, job, e, e.backoff() == null ? DEFAULT_BACKOFF : e.backoff());
            return;
        } catch (RuntimeException e) {
            fail(client, job, e, DEFAULT_BACKOFF);
            return;
        }
        client.newCompleteCommand(job.key()).variables(result == null ? Map.of() : result).send().join();
    }

    private static void fail(JobClient client, Job job, RuntimeException e, Duration backoff) {
        log.info("Job {} ({}) failed, {} retries left: {}", job.key(), job.type(), job.retries() - 1, e.toString());
        client.newFailCommand(job.key()).retries(Math.max(job.retries() - 1, 0)).retryBackoff(backoff)
                .errorMessage(String.valueOf(e.getMessage())).send().join();
    }
}
