package com.salesos.workflow.zeebe;

import static com.salesos.workflow.zeebe.ClusterStub.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import com.salesos.platform.ConflictException;
import com.salesos.platform.NotFoundException;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How instances and user tasks are read from the cluster's search API, and how task commands are sent. */
class ZeebeReadTests extends StubbedClusterTests {

    private static final String OPEN_TASK = """
            {"userTaskKey":"81","processInstanceKey":"51","processDefinitionId":"quote_approval",
             "elementInstanceKey":"82","elementId":"task_approve_discount","name":"Approve discount",
             "assignee":%s,"candidateGroups":["MANAGER"],"candidateUsers":[],"state":"CREATED",
             "creationDate":"2025-01-01T10:00:00.000Z","dueDate":"2025-01-02T10:00:00.000Z","priority":50}""";

    @BeforeEach
    void taskVariables() {
        cluster.on("POST", "/v2/user-tasks/\\d+/variables/search", 200, """
                {"items":[{"variableKey":"91","name":"discount","value":"25","scopeKey":"51",
                 "processInstanceKey":"51","isTruncated":false}],"page":{"totalItems":1}}""");
    }

    @Test
    void instanceShowsStateActiveElementsRootVariablesIncidentsAndHistory() {
        cluster.on("GET", "/v2/process-instances/51", 200, """
                {"processInstanceKey":"51","processDefinitionId":"quote_approval","processDefinitionVersion":3,
                 "processDefinitionKey":"21","state":"ACTIVE","hasIncident":true,
                 "startDate":"2025-01-01T10:00:00.000Z"}""");
        cluster.on("POST", "/v2/element-instances/search", 200, """
                {"items":[
                 {"elementInstanceKey":"52","processInstanceKey":"51","elementId":"start","type":"START_EVENT",
                  "state":"COMPLETED","startDate":"2025-01-01T10:00:00.000Z","endDate":"2025-01-01T10:00:00.001Z"},
                 {"elementInstanceKey":"53","processInstanceKey":"51","elementId":"call_crm","type":"SERVICE_TASK",
                  "state":"ACTIVE","startDate":"2025-01-01T10:00:00.002Z","hasIncident":true}],
                 "page":{"totalItems":2}}""");
        cluster.on("POST", "/v2/variables/search", 200, """
                {"items":[{"variableKey":"54","name":"order","value":"{\\"total\\":120.5,\\"lines\\":[1,2]}",
                  "scopeKey":"51","processInstanceKey":"51","isTruncated":false},
                 {"variableKey":"55","name":"businessKey","value":"\\"quote-7\\"","scopeKey":"51",
                  "processInstanceKey":"51","isTruncated":false}],"page":{"totalItems":2}}""");
        cluster.on("POST", "/v2/incidents/search", 200, """
                {"items":[{"incidentKey":"71","processInstanceKey":"51","processDefinitionId":"quote_approval",
                  "elementId":"call_crm","elementInstanceKey":"53","jobKey":"73","errorType":"JOB_NO_RETRIES",
                  "errorMessage":"CRM down","state":"ACTIVE","creationTime":"2025-01-01T10:00:01.000Z"}],
                 "page":{"totalItems":1}}""");

        ProcessInstance pi = workflow.instance(51);

        assertThat(pi.state()).isEqualTo(ProcessInstance.InstanceState.INCIDENT);
        assertThat(pi.businessKey()).isEqualTo("quote-7");
        assertThat(pi.variables().get("order")).isEqualTo(Map.of("total", 120.5, "lines", java.util.List.of(1, 2)));
        assertThat(pi.activeElements()).extracting(ProcessInstance.ActiveElement::elementId).containsExactly("call_crm");
        assertThat(pi.incidents()).singleElement().satisfies(i -> {
            assertThat(i.errorType()).isEqualTo("JOB_NO_RETRIES");
            assertThat(i.jobKey()).isEqualTo(73L);
        });
        assertThat(pi.passed("start", "COMPLETED")).isTrue();
        assertThat(pi.history()).extracting(ProcessInstance.HistoryEvent::elementId)
                .containsExactly("quote_approval", "start", "start", "call_crm");
        var variableFilter = cluster.only("POST", "/v2/variables/search").json().get("filter");
        assertThat(variableFilter.get("processInstanceKey").get("$eq").asText()).isEqualTo("51");
        assertThat(variableFilter.get("scopeKey").get("$eq").asText()).isEqualTo("51");
    }

    @Test
    void unknownInstanceIsNotFound() {
        cluster.on("GET", "/v2/process-instances/59", r -> problem(404, "NOT_FOUND", "no such instance"));

        assertThatThrownBy(() -> workflow.instance(59)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void taskSearchSendsTheFiltersAndReturnsTasksWithTheirVariables() {
        cluster.on("POST", "/v2/user-tasks/search", 200,
                "{\"items\":[" + OPEN_TASK.formatted("null") + "],\"page\":{\"totalItems\":7}}");

        var page = workflow.tasks(new TaskQuery(null, "MANAGER", null, 51L, UserTask.TaskState.CREATED, null, null, 1,
                5));

        var body = cluster.only("POST", "/v2/user-tasks/search").json();
        assertThat(body.get("filter").get("candidateGroup").get("$eq").asText()).isEqualTo("MANAGER");
        assertThat(body.get("filter").get("processInstanceKey").asText()).isEqualTo("51");
        assertThat(body.get("filter").get("state").get("$eq").asText()).isEqualTo("CREATED");
        assertThat(body.get("page").get("from").asInt()).isEqualTo(5);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo(81L);
            assertThat(t.candidateGroups()).containsExactly("MANAGER");
            assertThat(t.dueDate()).isEqualTo(java.time.Instant.parse("2025-01-02T10:00:00Z"));
            assertThat(t.variables()).containsEntry("discount", 25);
        });
    }

    @Test
    void tasksVisibleToAPersonMergeTheirOwnOfferedAndGroupTasks() {
        cluster.on("POST", "/v2/user-tasks/search", r -> new ClusterStub.Answer(200,
                r.body().contains("\"candidateGroup\"")
                        ? "{\"items\":[" + OPEN_TASK.formatted("null") + "],\"page\":{\"totalItems\":1}}"
                        : r.body().contains("\"assignee\"")
                                ? "{\"items\":[" + OPEN_TASK.formatted("\"rep1\"").replace("\"81\"", "\"83\"")
                                        .replace("10:00:00.000Z\",\"dueDate", "09:00:00.000Z\",\"dueDate")
                                        + "],\"page\":{\"totalItems\":1}}"
                                : "{\"items\":[],\"page\":{\"totalItems\":0}}"));

        var page = workflow.tasks(new TaskQuery(null, null, null, null, UserTask.TaskState.CREATED, "rep1",
                Set.of("REP", "team:north"), 0, 20));

        assertThat(cluster.requests("POST", "/v2/user-tasks/search")).hasSize(3);
        assertThat(page.items()).extracting(UserTask::key).containsExactly(83L, 81L);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void claimAssignsWithoutOverridingAndRefusesATaskSomeoneElseHolds() {
        cluster.on("GET", "/v2/user-tasks/81", 200, OPEN_TASK.formatted("null"));
        cluster.on("GET", "/v2/user-tasks/84", 200, OPEN_TASK.formatted("\"rep2\"").replace("\"81\"", "\"84\""));
        cluster.on("POST", "/v2/user-tasks/81/assignment", 204, null);

        UserTask claimed = workflow.claim(81, "manager1");

        var body = cluster.only("POST", "/v2/user-tasks/81/assignment").json();
        assertThat(body.get("assignee").asText()).isEqualTo("manager1");
        assertThat(body.get("allowOverride").asBoolean()).isFalse();
        assertThat(claimed.assignee()).isEqualTo("manager1");
        assertThatThrownBy(() -> workflow.claim(84, "manager1")).isInstanceOf(ConflictException.class);
        assertThat(cluster.requests("POST", "/v2/user-tasks/84/assignment")).isEmpty();
    }

    @Test
    void completingATaskThatIsNoLongerOpenIsAConflict() {
        cluster.on("POST", "/v2/user-tasks/85/completion", r -> problem(404, "NOT_FOUND", "no such task"));
        cluster.on("GET", "/v2/user-tasks/85", 200, OPEN_TASK.formatted("null").replace("\"81\"", "\"85\"")
                .replace("\"CREATED\"", "\"COMPLETED\""));

        assertThatThrownBy(() -> workflow.complete(85, Map.of("approved", true))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("completed");
        assertThat(cluster.only("POST", "/v2/user-tasks/85/completion").json().get("variables").get("approved")
                .asBoolean()).isTrue();
    }
}
