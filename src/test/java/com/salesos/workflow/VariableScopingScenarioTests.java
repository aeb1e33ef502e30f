package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** Zeebe's variable rules: inputs are local to the element, outputs and results propagate outwards. */
@WorkflowScenario
class VariableScopingScenarioTests extends ScenarioSupport {

    @Test
    void inputMappingsAreSeenByTheWorkerButStayLocal() {
        String id = id("inputs");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("task", t -> t.zeebeJobType("svc.a").zeebeInputExpression("quote.total * 2", "doubled")
                        .zeebeTaskHeader("channel", "email"))
                .endEvent().done());
        workers.on("svc.a", id, job -> Map.of("seen", job.variables().get("doubled") + "/" + job.header("channel")));

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of("quote", Map.of("total", 21)), null));

        assertThat(pi.variables()).containsEntry("seen", "42/email").doesNotContainKey("doubled");
    }

    @Test
    void outputMappingsDecideWhatLeavesTheTask() {
        String id = id("outputs");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("task", t -> t.zeebeJobType("svc.a").zeebeOutputExpression("result.amount", "commission")
                        .zeebeOutputExpression("result.rate", "order.rate"))
                .endEvent().done());
        workers.on("svc.a", id, job -> Map.of("result", Map.of("amount", 120, "rate", 0.05), "noise", 1));

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of("order", Map.of("id", "o-1")), null));

        assertThat(pi.variables()).containsEntry("commission", 120).doesNotContainKeys("result", "noise");
        assertThat((Map<String, Object>) pi.variables().get("order")).containsEntry("id", "o-1")
                .containsKey("rate");
    }

    @Test
    void resultOfATaskInsideASubProcessUpdatesTheNearestScopeThatHasTheVariable() {
        String id = id("scopes");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .subProcess("sub", s -> s.zeebeInputExpression("0", "attempts")).embeddedSubProcess().startEvent()
                .serviceTask("inner", t -> t.zeebeJobType("svc.a")).endEvent().subProcessDone()
                .endEvent().done());
        workers.on("svc.a", id, job -> Map.of("attempts", 1, "outcome", "done"));

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of(), null));

        // attempts was local to the sub-process, so the result updated it there and it ended with the sub-process
        assertThat(pi.variables()).containsEntry("outcome", "done").doesNotContainKey("attempts");
    }
}
