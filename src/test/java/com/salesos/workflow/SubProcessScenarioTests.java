package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

@WorkflowScenario
class SubProcessScenarioTests extends ScenarioSupport {

    @Test
    void callActivityRunsTheChildWithParentVariablesAndReturnsItsResult() {
        String child = id("child");
        deploy(Bpmn.createExecutableProcess(child).startEvent()
                .serviceTask("rate", t -> t.zeebeJobType("svc.a")).endEvent().done());
        workers.on("svc.a", child, job -> Map.of("rate", ((Number) job.variables().get("margin")).intValue() > 20
                ? 0.1 : 0.05));
        String parent = id("parent");
        deploy(Bpmn.createExecutableProcess(parent).startEvent()
                .callActivity("commission", c -> c.zeebeProcessId(child)).endEvent().done());

        ProcessInstance pi = awaitCompleted(workflow.start(parent, Map.of("margin", 30), null));

        assertThat(((Number) pi.variables().get("rate")).doubleValue()).isEqualTo(0.1);
    }

    @Test
    void cancelingTheParentCancelsTheCalledInstance() {
        String child = id("child_wait");
        deploy(Bpmn.createExecutableProcess(child).startEvent().userTask("task_child", t -> t.zeebeUserTask())
                .endEvent().done());
        String parent = id("parent_wait");
        deploy(Bpmn.createExecutableProcess(parent).startEvent()
                .callActivity("call", c -> c.zeebeProcessId(child)).endEvent().done());
        long key = workflow.start(parent, Map.of(), null);
        // the child's own instance, not a page of every task in the shared database (which may hold more than a page)
        UserTask task = await(() -> workflow.instances(new InstanceQuery(child, null, null, 0, 1)).items().stream()
                .findFirst().flatMap(i -> workflow.tasks(TaskQuery.ofInstance(i.key())).items().stream().findFirst())
                .orElse(null));

        workflow.cancel(key);

        assertThat(workflow.instance(task.processInstanceKey()).state()).isEqualTo(ProcessInstance.InstanceState.CANCELED);
        assertThat(workflow.task(task.key()).state()).isEqualTo(UserTask.TaskState.CANCELED);
    }

    @Test
    void parallelMultiInstanceCollectsEachResultAtItsIndex() {
        String id = id("multi");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("price_item", t -> t.zeebeJobType("svc.a").multiInstance(mi -> mi.parallel()
                        .zeebeInputCollectionExpression("items").zeebeInputElement("item")
                        .zeebeOutputCollection("prices").zeebeOutputElementExpression("price")))
                .endEvent().done());
        workers.on("svc.a", id, job -> Map.of("price", ((Number) ((Map<?, ?>) job.variables().get("item")).get("qty"))
                .intValue() * 10));

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of("items",
                List.of(Map.of("qty", 1), Map.of("qty", 2), Map.of("qty", 3))), null));

        assertThat(pi.variables().get("prices")).isEqualTo(List.of(10, 20, 30));
        assertThat(pi.variables()).doesNotContainKeys("item", "price", "loopCounter");
    }

    @Test
    void sequentialMultiInstanceRunsOneAfterTheOther() {
        String id = id("sequential");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .userTask("task_visit", t -> t.zeebeUserTask().multiInstance(mi -> mi.sequential()
                        .zeebeInputCollectionExpression("stops").zeebeInputElement("stop")))
                .endEvent().done());
        long key = workflow.start(id, Map.of("stops", List.of("a", "b")), null);

        UserTask first = awaitTask(key, "task_visit");
        assertThat(workflow.tasks(TaskQuery.ofInstance(key)).total()).isEqualTo(1);
        assertThat(first.variables()).containsEntry("stop", "a");
        workflow.complete(first.key(), Map.of());
        UserTask second = await(() -> workflow.tasks(TaskQuery.ofInstance(key)).items().stream()
                .filter(t -> t.key() != first.key()).findFirst().orElse(null));
        assertThat(second.variables()).containsEntry("stop", "b").containsEntry("loopCounter", 2);
        workflow.complete(second.key(), Map.of());

        awaitCompleted(key);
    }

    @Test
    void emptyInputCollectionSkipsTheActivity() {
        String id = id("empty");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("each", t -> t.zeebeJobType("svc.a").multiInstance(mi -> mi.parallel()
                        .zeebeInputCollectionExpression("items")))
                .endEvent().done());

        awaitCompleted(workflow.start(id, Map.of("items", List.of()), null));

        assertThat(workers.handled(id)).isEmpty();
    }

    private static <T> T await(java.util.concurrent.Callable<T> supplier) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(supplier,
                v -> v != null);
    }
}
