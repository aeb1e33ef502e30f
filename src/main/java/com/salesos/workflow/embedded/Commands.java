package com.salesos.workflow.embedded;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.salesos.platform.ConflictException;
import com.salesos.platform.NotFoundException;
import com.salesos.workflow.Message;
import com.salesos.workflow.PublishedMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The engine's commands; each is one transaction run by {@link CommandRunner}, locking the instance root. */
@Component
class Commands {

    private final CommandRunner runner;
    private final JdbcTemplate jdbc;
    private final Loader loader;
    private final Tokens tokens;
    private final Deployments deployments;
    private final Messages messages;
    private final Keys keys;

    Commands(CommandRunner runner, JdbcTemplate jdbc, Loader loader, Tokens tokens,
            Deployments deployments, Messages messages, Keys keys) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.loader = loader;
        this.tokens = tokens;
        this.deployments = deployments;
        this.messages = messages;
        this.keys = keys;
    }

    long start(String bpmnProcessId, Integer version, Map<String, Object> variables, String businessKey) {
        ProcessModel model = deployments.process(bpmnProcessId, version);
        if (model.root().noneStart == null) {
            throw new ConflictException("Process " + bpmnProcessId + " has no none start event to start it by hand");
        }
        return runner.run(run -> tokens.start(run, model, model.root().noneStart,
                variables == null ? Map.of() : variables, businessKey, null, null).key);
    }

    PublishedMessage publish(Message message) {
        return runner.run(run -> messages.publish(run, message));
    }

    /** @return false when the job no longer exists (completed elsewhere or its element ended) */
    boolean completeJob(long jobKey, Map<String, Object> variables) {
        return runner.run(run -> {
            Job job = lockJob(run, jobKey);
            if (job == null) {
                return false;
            }
            run.deletedJobs.add(jobKey);
            tokens.complete(run, job.pi, job.element, variables);
            return true;
        });
    }

    void failJob(long jobKey, int retries, Duration backoff, String message) {
        runner.run(run -> {
            Job job = lockJob(run, jobKey);
            if (job == null) {
                return null;
            }
            jdbc.update("update wf_job set retries = ?, due_at = ?, locked_until = null, lock_owner = null,"
                    + " error_message = ? where key = ?", Math.max(retries, 0), Store.ts(run.now.plus(backoff)),
                    message, jobKey);
            if (retries <= 0) {
                jobIncident(run, job, "JOB_NO_RETRIES", message);
            }
            return null;
        });
    }

    void throwJobError(long jobKey, String code, String message, Map<String, Object> variables) {
        runner.run(run -> {
            Job job = lockJob(run, jobKey);
            if (job == null) {
                return null;
            }
            if (!tokens.activities().throwError(run, job.pi, job.element, code, variables)) {
                jdbc.update("update wf_job set retries = 0, locked_until = null, error_message = ? where key = ?",
                        message, jobKey);
                jobIncident(run, job, "UNHANDLED_ERROR_EVENT",
                        "no error catch event found for error code '" + code + "': " + message);
            }
            return null;
        });
    }

    void completeTask(long taskKey, Map<String, Object> variables) {
        runner.run(run -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select process_instance_key, element_instance_key,"
                    + " state from wf_user_task where key = ?", taskKey);
            if (rows.isEmpty()) {
                throw new NotFoundException("Task", taskKey);
            }
            Instance pi = lockAndLoad(run, (Long) rows.get(0).get("process_instance_key"));
            String state = jdbc.queryForObject("select state from wf_user_task where key = ?", String.class, taskKey);
            Element element = pi == null ? null : pi.elements.get((Long) rows.get(0).get("element_instance_key"));
            if (!"CREATED".equals(state) || element == null) {
                throw new ConflictException("Task " + taskKey + " is " + state.toLowerCase() + ", not open");
            }
            jdbc.update("update wf_user_task set state = 'COMPLETED', completed_at = ? where key = ?",
                    Store.ts(run.now), taskKey);
            tokens.complete(run, pi, element, variables == null ? Map.of() : variables);
            return null;
        });
    }

    void cancel(long processInstanceKey) {
        runner.run(run -> {
            Instance pi = lockAndLoad(run, processInstanceKey);
            if (pi == null) {
                throw new NotFoundException("Process instance", processInstanceKey);
            }
            if (!pi.isActive()) {
                throw new ConflictException("Process instance " + processInstanceKey + " is " + pi.state.toLowerCase());
            }
            if (pi.parentInstanceKey != null) {
                throw new ConflictException("Process instance " + processInstanceKey
                        + " was started by a call activity; cancel its root instance " + pi.rootKey);
            }
            tokens.cancel(run, pi);
            return null;
        });
    }

    void resolveIncident(long incidentKey) {
        runner.run(run -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from wf_incident where key = ?", incidentKey);
            if (rows.isEmpty()) {
                throw new NotFoundException("Incident", incidentKey);
            }
            Map<String, Object> incident = rows.get(0);
            Instance pi = lockAndLoad(run, (Long) incident.get("process_instance_key"));
            int updated = jdbc.update("update wf_incident set state = 'RESOLVED', resolved_at = ? where key = ?"
                    + " and state = 'OPEN'", Store.ts(run.now), incidentKey);
            if (updated == 0) {
                throw new ConflictException("Incident " + incidentKey + " is already resolved");
            }
            Long jobKey = (Long) incident.get("job_key");
            if (jobKey != null) {
                jdbc.update("update wf_job set retries = greatest(retries, 1), due_at = ?, locked_until = null"
                        + " where key = ?", Store.ts(run.now), jobKey);
                run.jobsCreated = true;
                return null;
            }
            Element element = pi.elements.get((Long) incident.get("element_instance_key"));
            if (element != null && Element.FAILED.equals(element.state)) {
                Incidents.retry(run, tokens, pi, element);
            }
            return null;
        });
    }

    private void jobIncident(Run run, Job job, String type, String message) {
        run.incidents.add(new Run.NewIncident(keys.next(), job.pi.key, job.pi.model.bpmnProcessId(), job.element.key,
                job.element.node.id, job.key, type, message));
    }

    private Job lockJob(Run run, long jobKey) {
        Long piKey = jdbc.queryForList("select process_instance_key from wf_job where key = ?", Long.class, jobKey)
                .stream().findFirst().orElse(null);
        if (piKey == null) {
            return null;
        }
        Instance pi = lockAndLoad(run, piKey);
        List<Long> elementKey = jdbc.queryForList("select element_instance_key from wf_job where key = ?", Long.class,
                jobKey);
        Element element = pi == null || elementKey.isEmpty() ? null : pi.elements.get(elementKey.get(0));
        return element == null ? null : new Job(jobKey, pi, element);
    }

    private Instance lockAndLoad(Run run, long processInstanceKey) {
        return loader.lockAndLoad(run, processInstanceKey);
    }

    private record Job(long key, Instance pi, Element element) {
    }
}
