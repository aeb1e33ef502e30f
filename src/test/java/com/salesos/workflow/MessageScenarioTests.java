package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

@WorkflowScenario
class MessageScenarioTests extends ScenarioSupport {

    @Test
    void messageCatchEventIsCorrelatedByKeyAndItsVariablesArrive() {
        String id = id("payment");
        deploy(Bpmn.createExecutableProcess(id).startEvent().intermediateCatchEvent("invoice_paid")
                .message(m -> m.name("InvoicePaid").zeebeCorrelationKeyExpression("orderId")).endEvent().done());
        long first = workflow.start(id, Map.of("orderId", id + "-1"), null);
        long second = workflow.start(id, Map.of("orderId", id + "-2"), null);
        awaitAt(first, "invoice_paid");
        awaitAt(second, "invoice_paid");

        PublishedMessage published = workflow.publish(Message.of("InvoicePaid", id + "-2", Map.of("paidAmount", 99)));

        assertThat(published.correlatedInstances()).isEqualTo(1);
        assertThat(published.processInstanceKeys()).containsExactly(second);
        assertThat(awaitCompleted(second).variables()).containsEntry("paidAmount", 99);
        assertThat(workflow.instance(first).state()).isEqualTo(ProcessInstance.InstanceState.ACTIVE);
    }

    @Test
    void bufferedMessageWaitsForTheReceiveTaskWithinItsTimeToLive() {
        String id = id("buffered");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("send_quote", t -> t.zeebeJobType("svc.a"))
                .receiveTask("wait_acceptance").message(m -> m.name("QuoteAccepted" + id)
                        .zeebeCorrelationKeyExpression("quoteId")).endEvent().done());
        workflow.publish(new Message("QuoteAccepted" + id, "q1", Map.of("acceptedBy", "buyer"), Duration.ofHours(1),
                null));

        long key = workflow.start(id, Map.of("quoteId", "q1"), null);

        assertThat(awaitCompleted(key).variables()).containsEntry("acceptedBy", "buyer");
    }

    @Test
    void expiredBufferedMessageIsNotCorrelated() {
        String id = id("expired");
        deploy(Bpmn.createExecutableProcess(id).startEvent().intermediateCatchEvent("wait")
                .message(m -> m.name("Late" + id).zeebeCorrelationKeyExpression("k")).endEvent().done());
        workflow.publish(new Message("Late" + id, "k1", Map.of(), Duration.ofMinutes(5), null));
        clock.advance(Duration.ofMinutes(6));

        long key = workflow.start(id, Map.of("k", "k1"), null);

        awaitAt(key, "wait");
        assertThat(workflow.instance(key).state()).isEqualTo(ProcessInstance.InstanceState.ACTIVE);
    }

    @Test
    void aMessageIdPublishedTwiceWhileBufferedCountsOnce() {
        String id = id("dedup");
        Message message = new Message("Dup" + id, "k", Map.of(), Duration.ofHours(1), "msg-1");

        PublishedMessage first = workflow.publish(message);
        PublishedMessage second = workflow.publish(message);

        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(second.key()).isEqualTo(first.key());
    }

    @Test
    void messageStartEventStartsOneInstancePerCorrelationKey() {
        String id = id("lead_intake");
        deploy(Bpmn.createExecutableProcess(id).startEvent("lead_arrived").message("LeadArrived" + id)
                .userTask("task_contact", t -> t.zeebeUserTask()).endEvent().done());

        PublishedMessage first = workflow.publish(Message.of("LeadArrived" + id, "lead-7", Map.of("source", "crm")));
        PublishedMessage again = workflow.publish(Message.of("LeadArrived" + id, "lead-7", Map.of("source", "crm")));

        assertThat(first.correlatedInstances()).isEqualTo(1);
        assertThat(again.correlatedInstances()).isZero();
    }

    @Test
    void interruptingMessageBoundaryCancelsTheTaskAndTakesItsPath() {
        String id = id("withdraw");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .userTask("task_review", t -> t.zeebeUserTask())
                .boundaryEvent("withdrawn").message(m -> m.name("Withdrawn" + id).zeebeCorrelationKeyExpression("quoteId"))
                .endEvent("closed").moveToActivity("task_review").endEvent("reviewed").done());
        long key = workflow.start(id, Map.of("quoteId", "q9"), null);
        awaitTask(key, "task_review");

        workflow.publish(Message.of("Withdrawn" + id, "q9", Map.of("reason", "customer")));

        ProcessInstance pi = awaitCompleted(key);
        assertThat(pi.passed("closed", "COMPLETED")).isTrue();
        assertThat(pi.variables()).containsEntry("reason", "customer");
    }
}
