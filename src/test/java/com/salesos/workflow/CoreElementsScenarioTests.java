package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

@WorkflowScenario
class CoreElementsScenarioTests extends ScenarioSupport {

    @Test
    void serviceTasksRunInOrderAndTheirResultsBecomeInstanceVariables() {
        String id = id("sequence");
        deploy(Bpmn.createExecutableProcess(id).startEvent("start")
                .serviceTask("price", t -> t.zeebeJobType("svc.a"))
                .serviceTask("confirm", t -> t.zeebeJobType("svc.b")).endEvent("end").done());
        workers.on("svc.a", id, job -> Map.of("total", ((Number) job.variables().get("qty")).intValue() * 10));
        workers.on("svc.b", id, job -> Map.of("confirmed", job.variables().get("total").equals(30)));

        long key = workflow.start(id, Map.of("qty", 3), "quote-1");

        ProcessInstance pi = awaitCompleted(key);
        assertThat(pi.variables()).containsEntry("total", 30).containsEntry("confirmed", true);
        assertThat(pi.businessKey()).isEqualTo("quote-1");
        assertThat(pi.history()).extracting(ProcessInstance.HistoryEvent::elementId)
                .containsSubsequence(id, "start", "price", "price", "confirm", "confirm", "end");
        assertThat(pi.passed("end", "COMPLETED")).isTrue();
        assertThat(workers.handled(id, "svc.a")).hasSize(1);
    }

    @Test
    void exclusiveGatewayTakesTheFirstTrueConditionElseTheDefault() {
        String id = id("exclusive");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .exclusiveGateway("gateway_discount")
                .condition("small", "=discount <= 10").endEvent("auto_approved")
                .moveToLastGateway().condition("large", "=discount > 40").endEvent("refused")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("needs_manager").done());

        assertThat(awaitCompleted(workflow.start(id, Map.of("discount", 5), null)).passed("auto_approved", "COMPLETED"))
                .isTrue();
        assertThat(awaitCompleted(workflow.start(id, Map.of("discount", 50), null)).passed("refused", "COMPLETED"))
                .isTrue();
        assertThat(awaitCompleted(workflow.start(id, Map.of("discount", 20), null)).passed("needs_manager", "COMPLETED"))
                .isTrue();
    }

    @Test
    void parallelGatewayForksAndJoinsOnce() {
        String id = id("parallel");
        deploy(Bpmn.createExecutableProcess(id).startEvent().parallelGateway("fork")
                .serviceTask("reserve", t -> t.zeebeJobType("svc.a")).parallelGateway("join")
                .serviceTask("after_join", t -> t.zeebeJobType("svc.c")).endEvent()
                .moveToNode("fork").serviceTask("invoice", t -> t.zeebeJobType("svc.b")).connectTo("join").done());
        workers.on("svc.a", id, job -> Map.of("reserved", true));
        workers.on("svc.b", id, job -> Map.of("invoiced", true));

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of(), null));

        assertThat(pi.variables()).containsEntry("reserved", true).containsEntry("invoiced", true);
        assertThat(workers.handled(id, "svc.c")).hasSize(1);
        assertThat(pi.history().stream().filter(h -> h.elementId().equals("join") && h.event().equals("COMPLETED")))
                .hasSize(1);
    }

    @Test
    void scriptTaskEvaluatesFeelIntoItsResultVariable() {
        String id = id("script");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .scriptTask("total", s -> s.zeebeExpression("sum(for i in items return i.price * i.qty)")
                        .zeebeResultVariable("total"))
                .endEvent().done());

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of("items", java.util.List.of(
                Map.of("price", 10, "qty", 2), Map.of("price", 2.5, "qty", 4))), null));

        assertThat(((Number) pi.variables().get("total")).doubleValue()).isEqualTo(30.0);
    }

    @Test
    void inclusiveGatewayRunsEveryTrueBranchAndJoinsThem() {
        String id = id("inclusive");
        deploy(Bpmn.createExecutableProcess(id).startEvent().inclusiveGateway("fork")
                .condition("notify_rep", "=notifyRep").serviceTask("rep", t -> t.zeebeJobType("svc.a"))
                .inclusiveGateway("join").serviceTask("after", t -> t.zeebeJobType("svc.c")).endEvent()
                .moveToNode("fork").condition("notify_manager", "=notifyManager")
                .serviceTask("manager", t -> t.zeebeJobType("svc.b")).connectTo("join").done());

        ProcessInstance onlyRep = awaitCompleted(workflow.start(id, Map.of("notifyRep", true, "notifyManager", false),
                null));
        ProcessInstance both = awaitCompleted(workflow.start(id, Map.of("notifyRep", true, "notifyManager", true),
                null));

        assertThat(onlyRep.passed("rep", "COMPLETED")).isTrue();
        assertThat(onlyRep.passed("manager", "ACTIVATED")).isFalse();
        assertThat(both.passed("rep", "COMPLETED") && both.passed("manager", "COMPLETED")).isTrue();
        assertThat(workers.handled(id, "svc.c")).hasSize(2);
    }

    @Test
    void startingAnUnknownProcessIsNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.start("no_such_process", Map.of(), null))
                .isInstanceOf(com.salesos.platform.NotFoundException.class);
    }
}
