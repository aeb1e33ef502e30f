package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.salesos.SalesOsTest;
import com.salesos.platform.InvalidFieldException;
import com.salesos.workflow.ProcessInstance.InstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operator queries of the port: instance search, tokens and incidents per element, time per element. */
@SalesOsTest
class InstanceSearchTests {

    @Autowired
    Workflow workflow;
    @Autowired
    Clock clock;

    @Test
    void anInstanceWithAnOpenIncidentIsFoundAsIncidentNotAsActive() {
        String id = deploy("routing", pid -> Bpmn.createExecutableProcess(pid).startEvent().exclusiveGateway("route")
                .condition("big", "=amount > 100").endEvent().moveToLastExclusiveGateway()
                .condition("small", "=amount <= 100").endEvent().done());
        long key = workflow.start(id, Map.of(), null);
        await().atMost(Duration.ofSeconds(15)).until(() -> workflow.instance(key).state() == InstanceState.INCIDENT);

        assertThat(search(id, InstanceState.INCIDENT, null)).extracting(InstanceSummary::key).containsExactly(key);
        assertThat(search(id, InstanceState.ACTIVE, null)).isEmpty();
        assertThat(search(id, null, null)).singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(InstanceState.INCIDENT));
    }

    @Test
    void businessKeysMatchByPrefixWithWildcardsTakenLiterally() {
        String id = deploy("keys", InstanceSearchTests::waitingProcess);
        long literal = workflow.start(id, Map.of(), "Q%_1");
        workflow.start(id, Map.of(), "QX_1");
        workflow.start(id, Map.of(), "other");

        assertThat(search(id, null, "Q%")).extracting(InstanceSummary::key).containsExactly(literal);
        assertThat(search(id, null, "Q")).hasSize(2);
    }

    @Test
    void tokensAreCountedPerElementAndTimeSpentOnlyForElementsThatEnded() {
        String id = deploy("stats", InstanceSearchTests::waitingProcess);
        long first = workflow.start(id, Map.of(), null);
        workflow.start(id, Map.of(), null);
        long definition = workflow.instance(first).definitionKey();
        await().atMost(Duration.ofSeconds(15)).until(() -> workflow.elementStatistics(definition),
                s -> s.contains(new ElementStatistics("task_wait", 2, 0)));

        Instant now = clock.instant();
        List<ElementDuration> durations = workflow.elementDurations(id, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1)));
        assertThat(durations).extracting(ElementDuration::elementId).contains("start").doesNotContain("task_wait");
        assertThat(durations).filteredOn(d -> d.elementId().equals("start")).singleElement()
                .satisfies(d -> assertThat(d.count()).isEqualTo(2));
        assertThatThrownBy(() -> workflow.elementDurations(id, now, now)).isInstanceOf(InvalidFieldException.class);
    }

    private List<InstanceSummary> search(String id, InstanceState state, String businessKey) {
        return workflow.instances(new InstanceQuery(id, state, businessKey, 0, 50)).items();
    }

    private static BpmnModelInstance waitingProcess(String id) {
        return Bpmn.createExecutableProcess(id).startEvent("start").userTask("task_wait", t -> t.zeebeUserTask())
                .endEvent().done();
    }

    private String deploy(String name, Function<String, BpmnModelInstance> model) {
        String id = name + "_" + UUID.randomUUID().toString().substring(0, 8);
        workflow.deploy(List.of(new ModelResource(id + ".bpmn",
                Bpmn.convertToString(model.apply(id)).getBytes(StandardCharsets.UTF_8))));
        return id;
    }
}
