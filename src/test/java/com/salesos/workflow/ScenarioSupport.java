package com.salesos.workflow;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** What every scenario test needs: the port, the clock, the workers, and waiting for an instance's state. */
abstract class ScenarioSupport {

    @Autowired
    Workflow workflow;
    @Autowired
    MutableClock clock;
    @Autowired
    TestWorkers workers;

    /** A process id no other test uses. */
    static String id(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    void deploy(BpmnModelInstance model) {
        String xml = Bpmn.convertToString(model);
        workflow.deploy(List.of(new ModelResource("test-" + UUID.randomUUID() + ".bpmn",
                xml.getBytes(StandardCharsets.UTF_8))));
    }

    void deployXml(String name, String xml) {
        workflow.deploy(List.of(new ModelResource(name, xml.getBytes(StandardCharsets.UTF_8))));
    }

    ProcessInstance awaitInstance(long key, Predicate<ProcessInstance> condition) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(25))
                .until(() -> workflow.instance(key), condition);
    }

    ProcessInstance awaitCompleted(long key) {
        return awaitInstance(key, pi -> pi.state() == ProcessInstance.InstanceState.COMPLETED);
    }

    /** Waits until the instance waits at the element (its token is there and nothing else moves). */
    ProcessInstance awaitAt(long key, String elementId) {
        return awaitInstance(key, pi -> pi.activeElements().stream().anyMatch(e -> e.elementId().equals(elementId)));
    }

    UserTask awaitTask(long key, String elementId) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(25))
                .until(() -> workflow.tasks(TaskQuery.ofInstance(key)).items().stream()
                        .filter(t -> t.elementId().equals(elementId)).findFirst().orElse(null), t -> t != null);
    }
}
