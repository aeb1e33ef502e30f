package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** Timers fire when the engine clock passes their due date; the tests move the clock instead of waiting. */
@WorkflowScenario
class TimerScenarioTests extends ScenarioSupport {

    @Test
    void intermediateTimerWaitsForItsDuration() {
        String id = id("wait");
        deploy(Bpmn.createExecutableProcess(id).startEvent().intermediateCatchEvent("wait_a_day")
                .timerWithDurationExpression("waitFor").endEvent("done").done());
        long key = workflow.start(id, Map.of("waitFor", "P1D"), null);
        awaitAt(key, "wait_a_day");

        clock.advance(Duration.ofHours(23));
        assertThat(workflow.instance(key).state()).isEqualTo(ProcessInstance.InstanceState.ACTIVE);
        clock.advance(Duration.ofHours(2));

        assertThat(awaitCompleted(key).passed("done", "COMPLETED")).isTrue();
    }

    @Test
    void interruptingBoundaryTimerEscalatesAnUnfinishedTask() {
        String id = id("escalate");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .userTask("task_approve", t -> t.zeebeUserTask().zeebeAssignee("manager1"))
                .boundaryEvent("escalate_after_two_days").timerWithDuration("P2D").endEvent("escalated")
                .moveToActivity("task_approve").endEvent("approved").done());
        long key = workflow.start(id, Map.of(), null);
        UserTask task = awaitTask(key, "task_approve");

        clock.advance(Duration.ofDays(2).plusMinutes(1));

        ProcessInstance pi = awaitCompleted(key);
        assertThat(pi.passed("escalated", "COMPLETED")).isTrue();
        assertThat(pi.passed("task_approve", "TERMINATED")).isTrue();
        assertThat(workflow.task(task.key()).state()).isEqualTo(UserTask.TaskState.CANCELED);
    }

    @Test
    void nonInterruptingCycleRemindsEveryDayWhileTheTaskIsOpen() {
        String id = id("remind");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .userTask("task_follow_up", t -> t.zeebeUserTask())
                .boundaryEvent("daily_reminder").cancelActivity(false).timerWithCycle("R3/P1D")
                .serviceTask("send_reminder", t -> t.zeebeJobType("svc.a")).endEvent()
                .moveToActivity("task_follow_up").endEvent("followed_up").done());
        long key = workflow.start(id, Map.of(), null);
        UserTask task = awaitTask(key, "task_follow_up");

        for (int day = 1; day <= 2; day++) {
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            int expected = day;
            await().atMost(Duration.ofSeconds(15)).until(() -> workers.handled(id, "svc.a").size() == expected);
        }
        workflow.complete(task.key(), Map.of());

        ProcessInstance pi = awaitCompleted(key);
        assertThat(pi.passed("followed_up", "COMPLETED")).isTrue();
        assertThat(workers.handled(id, "svc.a")).hasSize(2);
    }

    @Test
    void timerStartEventStartsAnInstanceWhenDue() {
        String id = id("scheduled");
        deploy(Bpmn.createExecutableProcess(id).startEvent("every_morning").timerWithCycle("R/P1D")
                .serviceTask("route_start", t -> t.zeebeJobType("svc.a")).endEvent().done());

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        await().atMost(Duration.ofSeconds(15)).until(() -> workers.handled(id, "svc.a").size() == 1);
    }

    @Test
    void eventBasedGatewayTakesTheTimerWhenNoMessageCame() {
        String id = id("race");
        deploy(Bpmn.createExecutableProcess(id).startEvent().eventBasedGateway("wait_for_answer")
                .intermediateCatchEvent("accepted").message(m -> m.name("QuoteAccepted")
                        .zeebeCorrelationKeyExpression("quoteId")).endEvent("ordered")
                .moveToLastGateway().intermediateCatchEvent("expired").timerWithDuration("P30D").endEvent("lapsed")
                .done());
        long key = workflow.start(id, Map.of("quoteId", "q-" + id), null);
        awaitAt(key, "wait_for_answer");

        clock.advance(Duration.ofDays(31));

        ProcessInstance pi = awaitCompleted(key);
        assertThat(pi.passed("lapsed", "COMPLETED")).isTrue();
        assertThat(pi.passed("ordered", "ACTIVATED")).isFalse();
        assertThat(workflow.publish(Message.of("QuoteAccepted", "q-" + id, Map.of())).correlatedInstances()).isZero();
    }
}
