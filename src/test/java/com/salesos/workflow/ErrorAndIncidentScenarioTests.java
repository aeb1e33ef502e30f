package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

@WorkflowScenario
class ErrorAndIncidentScenarioTests extends ScenarioSupport {

    @Test
    void workerBpmnErrorIsCaughtByTheMatchingErrorBoundary() {
        String id = id("stock");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("reserve_stock", t -> t.zeebeJobType("svc.a"))
                .boundaryEvent("out_of_stock").error("OUT_OF_STOCK").userTask("task_split_order", t -> t.zeebeUserTask())
                .endEvent().moveToActivity("reserve_stock").endEvent("reserved").done());
        workers.on("svc.a", id, job -> {
            throw new BpmnError("OUT_OF_STOCK", "only 3 left", Map.of("available", 3));
        });

        long key = workflow.start(id, Map.of(), null);

        awaitTask(key, "task_split_order");
        ProcessInstance pi = workflow.instance(key);
        assertThat(pi.variables()).containsEntry("available", 3);
        assertThat(pi.passed("reserve_stock", "TERMINATED")).isTrue();
    }

    @Test
    void errorEndEventInASubProcessIsCaughtOnTheSubProcess() {
        String id = id("sub_error");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .subProcess("checks").embeddedSubProcess().startEvent().endEvent("fail").error("CHECK_FAILED")
                .subProcessDone()
                .boundaryEvent("check_failed").error("CHECK_FAILED").endEvent("rejected")
                .moveToActivity("checks").endEvent("accepted").done());

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of(), null));

        assertThat(pi.passed("rejected", "COMPLETED")).isTrue();
        assertThat(pi.passed("accepted", "ACTIVATED")).isFalse();
    }

    @Test
    void uncaughtBpmnErrorBecomesAnIncident() {
        String id = id("uncaught");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("task", t -> t.zeebeJobType("svc.a")).endEvent().done());
        workers.on("svc.a", id, job -> {
            throw new BpmnError("NOBODY_CATCHES", "oops");
        });

        ProcessInstance pi = awaitInstance(workflow.start(id, Map.of(), null),
                p -> p.state() == ProcessInstance.InstanceState.INCIDENT);

        assertThat(pi.incidents()).singleElement().satisfies(i -> {
            assertThat(i.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
            assertThat(i.elementId()).isEqualTo("task");
        });
    }

    @Test
    void failingWorkerUsesItsRetriesThenRaisesAnIncidentThatResolvingRetries() {
        String id = id("retries");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("call_crm", t -> t.zeebeJobType("svc.a").zeebeJobRetries("2")).endEvent().done());
        AtomicInteger calls = new AtomicInteger();
        workers.on("svc.a", id, job -> {
            if (calls.incrementAndGet() <= 2) {
                throw new JobFailure("CRM down", Duration.ZERO);
            }
            return Map.of("synced", true);
        });

        long key = workflow.start(id, Map.of(), null);
        ProcessInstance stuck = awaitInstance(key, p -> p.state() == ProcessInstance.InstanceState.INCIDENT);
        Incident incident = stuck.incidents().get(0);
        assertThat(incident.errorType()).isEqualTo("JOB_NO_RETRIES");
        assertThat(incident.message()).contains("CRM down");
        assertThat(calls.get()).isEqualTo(2);

        workflow.resolveIncident(incident.key());

        assertThat(awaitCompleted(key).variables()).containsEntry("synced", true);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void failingExpressionStopsTheElementWithAnIncidentAndRetryRunsItAgain() {
        String id = id("expression");
        deploy(Bpmn.createExecutableProcess(id).startEvent().exclusiveGateway("route")
                .condition("big", "=amount > 100").endEvent("big_deal")
                .moveToLastExclusiveGateway().condition("small", "=amount <= 100").endEvent("small_deal").done());

        long key = workflow.start(id, Map.of(), null);
        ProcessInstance stuck = awaitInstance(key, p -> p.state() == ProcessInstance.InstanceState.INCIDENT);
        assertThat(stuck.incidents().get(0).elementId()).isEqualTo("route");
        assertThat(stuck.incidents().get(0).errorType()).isEqualTo("CONDITION_ERROR");

        workflow.resolveIncident(stuck.incidents().get(0).key());

        assertThat(workflow.instance(key).state()).isEqualTo(ProcessInstance.InstanceState.INCIDENT);
        assertThat(workflow.incidents(IncidentState.OPEN, 0, 100).items())
                .anyMatch(i -> i.processInstanceKey() == key);
    }

    @Test
    void terminateEndEventEndsEveryOtherBranch() {
        String id = id("terminate");
        deploy(Bpmn.createExecutableProcess(id).startEvent().parallelGateway("fork")
                .userTask("task_long", t -> t.zeebeUserTask()).endEvent()
                .moveToNode("fork").endEvent("stop_all").terminate().done());

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of(), null));

        assertThat(pi.passed("task_long", "TERMINATED")).isTrue();
    }
}
