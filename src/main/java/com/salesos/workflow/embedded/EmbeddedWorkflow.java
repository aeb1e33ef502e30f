package com.salesos.workflow.embedded;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ElementDuration;
import com.salesos.workflow.ElementStatistics;
import com.salesos.workflow.IncidentPage;
import com.salesos.workflow.IncidentState;
import com.salesos.workflow.InstancePage;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.Message;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.PublishedMessage;
import com.salesos.workflow.TaskPage;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.Workflow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@link Workflow} port on the embedded engine. */
@Component
class EmbeddedWorkflow implements Workflow {

    private final Deployer deployer;
    private final Deployments deployments;
    private final Decisions decisions;
    private final Commands commands;
    private final Queries queries;
    private final Statistics statistics;
    private final JdbcTemplate jdbc;

    EmbeddedWorkflow(Deployer deployer, Deployments deployments, Decisions decisions, Commands commands,
            Queries queries, Statistics statistics, JdbcTemplate jdbc) {
        this.deployer = deployer;
        this.deployments = deployments;
        this.decisions = decisions;
        this.commands = commands;
        this.queries = queries;
        this.statistics = statistics;
        this.jdbc = jdbc;
    }

    @Override
    public List<DeployedModel> deploy(List<ModelResource> resources) {
        return deployer.deploy(resources);
    }

    @Override
    public List<DeployedModel> models() {
        return queries.models();
    }

    @Override
    public String modelXml(long modelKey) {
        return queries.modelXml(modelKey);
    }

    @Override
    public long start(String bpmnProcessId, Map<String, Object> variables, String businessKey) {
        return commands.start(bpmnProcessId, null, variables, businessKey);
    }

    @Override
    public long start(String bpmnProcessId, int version, Map<String, Object> variables, String businessKey) {
        return commands.start(bpmnProcessId, version, variables, businessKey);
    }

    @Override
    public PublishedMessage publish(Message message) {
        if (message.name() == null || message.name().isBlank()) {
            throw new InvalidFieldException("name", "is required");
        }
        if (message.timeToLive().isNegative()) {
            throw new InvalidFieldException("timeToLive", "must not be negative");
        }
        return commands.publish(message);
    }

    @Override
    public ProcessInstance instance(long processInstanceKey) {
        return queries.instance(processInstanceKey);
    }

    @Override
    public void cancel(long processInstanceKey) {
        commands.cancel(processInstanceKey);
    }

    @Override
    public TaskPage tasks(TaskQuery query) {
        return queries.tasks(query);
    }

    @Override
    public UserTask task(long taskKey) {
        return queries.task(taskKey);
    }

    @Override
    public UserTask claim(long taskKey, String assignee) {
        UserTask task = queries.task(taskKey);
        if (task.state() != UserTask.TaskState.CREATED) {
            throw new ConflictException("Task " + taskKey + " is " + task.state().name().toLowerCase());
        }
        int updated = jdbc.update("update wf_user_task set assignee = ? where key = ? and state = 'CREATED'"
                + " and (assignee is null or assignee = ?)", assignee, taskKey, assignee);
        if (updated == 0) {
            throw new ConflictException("Task " + taskKey + " is already assigned to " + task.assignee());
        }
        return queries.task(taskKey);
    }

    @Override
    public UserTask unclaim(long taskKey) {
        UserTask task = queries.task(taskKey);
        if (task.state() != UserTask.TaskState.CREATED) {
            throw new ConflictException("Task " + taskKey + " is " + task.state().name().toLowerCase());
        }
        jdbc.update("update wf_user_task set assignee = null where key = ?", taskKey);
        return queries.task(taskKey);
    }

    @Override
    public void complete(long taskKey, Map<String, Object> variables) {
        commands.completeTask(taskKey, variables);
    }

    @Override
    public DecisionResult evaluateDecision(String decisionId, Map<String, Object> variables) {
        Deployments.DecisionVersion decision = deployments.decision(decisionId);
        try {
            Decisions.Evaluation result = decisions.evaluate(decision.dmn(), decisionId,
                    variables == null ? Map.of() : variables);
            return new DecisionResult(decisionId, decision.version(), result.value(), result.matchedRuleIds());
        } catch (Decisions.DecisionFailure e) {
            throw new InvalidFieldException("variables", e.getMessage());
        }
    }

    @Override
    public IncidentPage incidents(IncidentState state, int page, int size) {
        return queries.incidents(state, page, size);
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
        if (!from.isBefore(to)) {
            throw new InvalidFieldException("from", "must be before to");
        }
        return statistics.elementDurations(bpmnProcessId, from, to);
    }

    @Override
    public void resolveIncident(long incidentKey) {
        commands.resolveIncident(incidentKey);
    }
}
