package com.salesos.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The one door to the process engine for every feature. Values in and out are plain Java values (String, Number,
 * Boolean, List, Map, null). Unknown keys throw {@link com.salesos.platform.NotFoundException}, illegal state
 * changes {@link com.salesos.platform.ConflictException}, bad models {@link ModelValidationException}.
 */
public interface Workflow {

    /**
     * The root variable that carries an instance's business key where the engine has none of its own (Camunda 8;
     * {@code start} sets it there). A message that starts an instance sets it among its variables to give that
     * instance a business key on both engines (the embedded engine takes the correlation key).
     */
    String BUSINESS_KEY_VARIABLE = "businessKey";

    /** Deploys models; an unchanged resource (same name and content) yields its existing versions. */
    List<DeployedModel> deploy(List<ModelResource> resources);

    List<DeployedModel> models();

    /** The XML of a deployed process or decision version, by its key. */
    String modelXml(long modelKey);

    /** Starts the latest version of a process. */
    long start(String bpmnProcessId, Map<String, Object> variables, String businessKey);

    /** Starts the given version of a process. */
    long start(String bpmnProcessId, int version, Map<String, Object> variables, String businessKey);

    /** Publishes a message; correlates it now or buffers it for its time to live. */
    PublishedMessage publish(Message message);

    ProcessInstance instance(long processInstanceKey);

    /** Cancels an active instance (and the instances it called). */
    void cancel(long processInstanceKey);

    TaskPage tasks(TaskQuery query);

    UserTask task(long taskKey);

    UserTask claim(long taskKey, String assignee);

    UserTask unclaim(long taskKey);

    void complete(long taskKey, Map<String, Object> variables);

    DecisionResult evaluateDecision(String decisionId, Map<String, Object> variables);

    IncidentPage incidents(IncidentState state, int page, int size);

    /** Searches instances of all processes, newest first. */
    InstancePage instances(InstanceQuery query);

    /** Tokens and open incidents per element of a process version (by its model key); idle elements are left out. */
    List<ElementStatistics> elementStatistics(long processDefinitionKey);

    /** Time spent per element of a process (all versions) by element instances that ended in {@code [from, to)}. */
    List<ElementDuration> elementDurations(String bpmnProcessId, Instant from, Instant to);

    /** Resolves an open incident: a failed job gets its retries back, a failed step runs again. */
    void resolveIncident(long incidentKey);
}
