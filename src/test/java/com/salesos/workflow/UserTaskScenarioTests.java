package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.salesos.platform.ConflictException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

@WorkflowScenario
class UserTaskScenarioTests extends ScenarioSupport {

    @Test
    void userTaskCarriesItsFeelAssignmentAndCompletesWithVariables() {
        String id = id("approval");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .userTask("task_approve_discount", t -> t.name("Approve discount").zeebeUserTask()
                        .zeebeAssigneeExpression("manager").zeebeCandidateGroups("manager, sales_ops")
                        .zeebeDueDate("2030-01-01T10:00:00Z").zeebeFormId("approve-form").zeebeTaskPriority("70"))
                .endEvent().done());
        long key = workflow.start(id, Map.of("manager", "manager1", "discount", 20), null);

        UserTask task = awaitTask(key, "task_approve_discount");

        assertThat(task.name()).isEqualTo("Approve discount");
        assertThat(task.assignee()).isEqualTo("manager1");
        assertThat(task.candidateGroups()).containsExactly("manager", "sales_ops");
        assertThat(task.dueDate()).isEqualTo(Instant.parse("2030-01-01T10:00:00Z"));
        assertThat(task.formKey()).isEqualTo("approve-form");
        assertThat(task.priority()).isEqualTo(70);
        assertThat(task.variables()).containsEntry("discount", 20);

        workflow.complete(task.key(), Map.of("approved", true));

        assertThat(awaitCompleted(key).variables()).containsEntry("approved", true);
        assertThat(workflow.task(task.key()).state()).isEqualTo(UserTask.TaskState.COMPLETED);
        assertThatThrownBy(() -> workflow.complete(task.key(), Map.of())).isInstanceOf(ConflictException.class);
    }

    @Test
    void tasksAreClaimedUnclaimedAndFoundByGroupAndVisibility() {
        String id = id("claims");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .userTask("task_call", t -> t.zeebeUserTask().zeebeCandidateGroupsExpression("[\"team:\" + team]"))
                .endEvent().done());
        long key = workflow.start(id, Map.of("team", "north"), null);
        UserTask task = awaitTask(key, "task_call");

        assertThat(workflow.tasks(new TaskQuery(null, "team:north", null, key, null, null, null, 0, 10)).items())
                .extracting(UserTask::key).containsExactly(task.key());
        assertThat(workflow.tasks(new TaskQuery(null, null, null, key, null, "rep9", Set.of("rep"), 0, 10)).total())
                .isZero();
        assertThat(workflow.tasks(new TaskQuery(null, null, null, key, null, "rep9", Set.of("team:north"), 0, 10))
                .total()).isEqualTo(1);

        assertThat(workflow.claim(task.key(), "rep9").assignee()).isEqualTo("rep9");
        assertThatThrownBy(() -> workflow.claim(task.key(), "rep8")).isInstanceOf(ConflictException.class);
        assertThat(workflow.tasks(new TaskQuery("rep9", null, null, key, null, null, null, 0, 10)).total()).isEqualTo(1);
        assertThat(workflow.unclaim(task.key()).assignee()).isNull();
        assertThat(workflow.claim(task.key(), "rep8").assignee()).isEqualTo("rep8");
    }

    @Test
    void cancelingAnInstanceCancelsItsOpenTasks() {
        String id = id("cancel");
        deploy(Bpmn.createExecutableProcess(id).startEvent().userTask("task_wait", t -> t.zeebeUserTask()).endEvent()
                .done());
        long key = workflow.start(id, Map.of(), null);
        UserTask task = awaitTask(key, "task_wait");

        workflow.cancel(key);

        assertThat(workflow.instance(key).state()).isEqualTo(ProcessInstance.InstanceState.CANCELED);
        assertThat(workflow.task(task.key()).state()).isEqualTo(UserTask.TaskState.CANCELED);
        assertThatThrownBy(() -> workflow.cancel(key)).isInstanceOf(ConflictException.class);
    }
}
