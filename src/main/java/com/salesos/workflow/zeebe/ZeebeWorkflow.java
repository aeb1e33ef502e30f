package com.salesos.workflow.zeebe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.IncidentPage;
import com.salesos.workflow.IncidentState;
import com.salesos.workflow.Message;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ModelValidationException;
import com.salesos.workflow.embedded.SecureXml;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.PublishedMessage;
import com.salesos.workflow.TaskPage;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.ElementDuration;
import com.salesos.workflow.ElementStatistics;
import com.salesos.workflow.InstancePage;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.Workflow;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.MatchedDecisionRule;

/**
 * The port on a Camunda 8 cluster: commands go to the cluster (gRPC or REST), reads to its REST search API (see
 * {@link ClusterReads}, {@link ClusterTasks} and {@link ClusterStatistics}). The business key travels as the root
 * variable {@value #BUSINESS_KEY}, so that FEEL expressions (correlation keys) can use it, and Operate shows it.
 */
class ZeebeWorkflow implements Workflow {

    static final String BUSINESS_KEY = Workflow.BUSINESS_KEY_VARIABLE;

    private final CamundaClient client;
    private final ClusterReads reads;
    private final ClusterTasks tasks;
    private final ClusterStatistics statistics;

    ZeebeWorkflow(CamundaClient client) {
        this.client = client;
        this.reads = new ClusterReads(client);
        this.tasks = new ClusterTasks(client);
        this.statistics = new ClusterStatistics(client);
    }

    @Override
    public List<DeployedModel> deploy(List<ModelResource> resources) {
        if (resources.isEmpty()) {
            return List.of();
        }
        DeployResourceCommandStep1 command = client.newDeployResourceCommand();
        DeployResourceCommandStep1.DeployResourceCommandStep2 ready = null;
        for (ModelResource resource : resources) {
            try {
                SecureXml.refuseDoctype(resource.content());
            } catch (IllegalArgumentException e) {
                throw new ModelValidationException(List.of(new ModelValidationException.Problem(resource.name(), null,
                        null, e.getMessage())));
            }
            ready = (ready == null ? command : ready).addResourceBytes(resource.content(), resource.name());
        }
        DeploymentEvent deployment;
        try {
            deployment = ready.send().join();
        } catch (RuntimeException e) {
            if (Problems.kind(e) == Problems.Kind.INVALID) {
                throw DeploymentProblems.of(Problems.message(e), resources.get(0).name());
            }
            throw Problems.translate(e, "Deployment", resources.get(0).name());
        }
        // the cluster answers no deployment time; the versions it returns are what counts
        Instant now = Instant.now();
        List<DeployedModel> out = new ArrayList<>();
        deployment.getProcesses().forEach(p -> out.add(new DeployedModel(p.getProcessDefinitionKey(),
                DeployedModel.Kind.PROCESS, p.getBpmnProcessId(), null, p.getVersion(), p.getResourceName(), now)));
        deployment.getDecisions().forEach(d -> out.add(new DeployedModel(d.getDecisionKey(), DeployedModel.Kind.DECISION,
                d.getDmnDecisionId(), d.getDmnDecisionName(), d.getVersion(), null, now)));
        return out;
    }

    @Override
    public List<DeployedModel> models() {
        return reads.models();
    }

    @Override
    public String modelXml(long modelKey) {
        return reads.modelXml(modelKey);
    }

    @Override
    public long start(String bpmnProcessId, Map<String, Object> variables, String businessKey) {
        return Problems.call("Process", bpmnProcessId, () -> client.newCreateInstanceCommand()
                .bpmnProcessId(bpmnProcessId).latestVersion().variables(withBusinessKey(variables, businessKey))
                .send().join().getProcessInstanceKey());
    }

    @Override
    public long start(String bpmnProcessId, int version, Map<String, Object> variables, String businessKey) {
        return Problems.call("Process", bpmnProcessId + " version " + version, () -> client.newCreateInstanceCommand()
                .bpmnProcessId(bpmnProcessId).version(version).variables(withBusinessKey(variables, businessKey))
                .send().join().getProcessInstanceKey());
    }

    private static Map<String, Object> withBusinessKey(Map<String, Object> variables, String businessKey) {
        Map<String, Object> all = new HashMap<>(variables == null ? Map.of() : variables);
        if (businessKey != null) {
            all.put(BUSINESS_KEY, businessKey);
        }
        return all;
    }

    /**
     * Without a time to live or id the message is correlated at once (the cluster's correlate command says which
     * instance it reached, or that none waited); otherwise it is published and buffered, and the cluster does not
     * say whom it reached: correlatedInstances is 0, and a repeated id answers as a duplicate with key 0.
     */
    @Override
    public PublishedMessage publish(Message message) {
        try {
            if (message.timeToLive().isZero() && message.messageId() == null) {
                var step = client.newCorrelateMessageCommand().messageName(message.name());
                var correlated = (message.correlationKey() == null ? step.withoutCorrelationKey()
                        : step.correlationKey(message.correlationKey())).variables(message.variables()).send().join();
                Long instance = correlated.getProcessInstanceKey();
                return new PublishedMessage(correlated.getMessageKey(), instance == null ? 0 : 1, false,
                        instance == null ? List.of() : List.of(instance));
            }
            var step = client.newPublishMessageCommand().messageName(message.name());
            var publish = (message.correlationKey() == null ? step.withoutCorrelationKey()
                    : step.correlationKey(message.correlationKey())).timeToLive(message.timeToLive())
                    .variables(message.variables());
            if (message.messageId() != null) {
                publish = publish.messageId(message.messageId());
            }
            return new PublishedMessage(publish.send().join().getMessageKey(), 0, false);
        } catch (RuntimeException e) {
            return switch (Problems.kind(e)) {
                case NOT_FOUND -> new PublishedMessage(0, 0, false);
                case CONFLICT -> new PublishedMessage(0, 0, true);
                default -> throw Problems.translate(e, "Message", message.name());
            };
        }
    }

    @Override
    public ProcessInstance instance(long processInstanceKey) {
        return reads.instance(processInstanceKey);
    }

    @Override
    public void cancel(long processInstanceKey) {
        try {
            client.newCancelInstanceCommand(processInstanceKey).send().join();
        } catch (RuntimeException e) {
            if (Problems.kind(e) == Problems.Kind.NOT_FOUND) {
                // the engine forgets ended instances; the search API still knows them
                ProcessInstance ended = reads.instance(processInstanceKey);
                throw new ConflictException("Process instance " + processInstanceKey + " is "
                        + ended.state().name().toLowerCase());
            }
            throw Problems.translate(e, "Process instance", processInstanceKey);
        }
    }

    @Override
    public TaskPage tasks(TaskQuery query) {
        return tasks.search(query);
    }

    @Override
    public UserTask task(long taskKey) {
        return tasks.get(taskKey);
    }

    @Override
    public UserTask claim(long taskKey, String assignee) {
        UserTask task = open(taskKey);
        if (assignee.equals(task.assignee())) {
            return task;
        }
        if (task.assignee() != null) {
            throw new ConflictException("Task " + taskKey + " is already assigned to " + task.assignee());
        }
        Problems.call("Task", taskKey, () -> client.newAssignUserTaskCommand(taskKey).assignee(assignee)
                .allowOverride(false).send().join());
        // the search API shows the new assignee only a moment later
        return ClusterTasks.withAssignee(task, assignee);
    }

    @Override
    public UserTask unclaim(long taskKey) {
        UserTask task = open(taskKey);
        Problems.call("Task", taskKey, () -> client.newUnassignUserTaskCommand(taskKey).send().join());
        return ClusterTasks.withAssignee(task, null);
    }

    @Override
    public void complete(long taskKey, Map<String, Object> variables) {
        try {
            client.newCompleteUserTaskCommand(taskKey).variables(variables == null ? Map.of() : variables).send().join();
        } catch (RuntimeException e) {
            if (Problems.kind(e) == Problems.Kind.NOT_FOUND) {
                open(taskKey);
            }
            throw Problems.translate(e, "Task", taskKey);
        }
    }

    private UserTask open(long taskKey) {
        UserTask task = tasks.get(taskKey);
        if (task.state() != UserTask.TaskState.CREATED) {
            throw new ConflictException("Task " + taskKey + " is " + task.state().name().toLowerCase());
        }
        return task;
    }

    @Override
    public DecisionResult evaluateDecision(String decisionId, Map<String, Object> variables) {
        EvaluateDecisionResponse response = Problems.call("Decision", decisionId, () -> client
                .newEvaluateDecisionCommand().decisionId(decisionId).variables(variables == null ? Map.of() : variables)
                .send().join());
        if (response.getFailureMessage() != null && !response.getFailureMessage().isBlank()) {
            throw new InvalidFieldException("variables", response.getFailureMessage());
        }
        // every evaluated decision's matched rules, the required ones included, as the embedded engine reports them
        List<String> matched = response.getEvaluatedDecisions().stream()
                .flatMap(d -> d.getMatchedRules().stream()).map(MatchedDecisionRule::getRuleId).toList();
        return new DecisionResult(response.getDecisionId(), response.getDecisionVersion(),
                Json.read(response.getDecisionOutput()), matched);
    }

    @Override
    public IncidentPage incidents(IncidentState state, int page, int size) {
        return reads.incidents(state, page, size);
    }

    /** A job incident gets one retry back (as on the embedded engine) before it is resolved. */
    @Override
    public void resolveIncident(long incidentKey) {
        var incident = reads.incident(incidentKey);
        if (incident.state() == IncidentState.RESOLVED) {
            throw new ConflictException("Incident " + incidentKey + " is already resolved");
        }
        if (incident.jobKey() != null) {
            Problems.call("Job", incident.jobKey(), () -> client.newUpdateRetriesCommand(incident.jobKey()).retries(1)
                    .send().join());
        }
        try {
            client.newResolveIncidentCommand(incidentKey).send().join();
        } catch (RuntimeException e) {
            if (Problems.kind(e) == Problems.Kind.NOT_FOUND) {
                throw new ConflictException("Incident " + incidentKey + " is already resolved");
            }
            throw Problems.translate(e, "Incident", incidentKey);
        }
    }

    @Override
    public InstancePage instances(InstanceQuery query) {
        return statistics.instances(query);
    }

    @Override
    public List<ElementStatistics> elementStatistics(long processDefinitionKey) {
        return statistics.elementStatistics(processDefinitionKey);
    }

    @Override
    public List<ElementDuration> elementDurations(String bpmnProcessId, Instant from, Instant to) {
        return statistics.elementDurations(bpmnProcessId, from, to);
    }
}
