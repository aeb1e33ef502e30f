package com.salesos.workflow.embedded;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Creates the rows a token waits on: a job for a worker, a user task for a person, a timer. */
final class WaitStates {

    static final int DEFAULT_RETRIES = 3;

    private final Keys keys;
    private final Feel feel;

    WaitStates(Keys keys, Feel feel) {
        this.keys = keys;
        this.feel = feel;
    }

    void job(Run run, Instance pi, Element e) {
        Map<String, Object> view = pi.view(e.key);
        String type = String.valueOf(feel.evaluate(e.node.jobType, view));
        int retries = e.node.jobRetries == null ? DEFAULT_RETRIES
                : Integer.parseInt(String.valueOf(feel.evaluate(e.node.jobRetries, view)).replaceAll("\\.0+$", ""));
        run.jobs.add(new Run.NewJob(keys.next(), type, pi.key, e.key, e.node.id, pi.model.bpmnProcessId(), retries,
                run.now, e.node.headers.isEmpty() ? null : Json.write(e.node.headers)));
        run.jobsCreated = true;
    }

    void userTask(Run run, Instance pi, Element e) {
        UserTaskDef def = e.node.userTask;
        Map<String, Object> view = pi.view(e.key);
        Object priority = value(def.priority(), view);
        run.tasks.add(new Run.NewTask(keys.next(), pi.key, pi.model.bpmnProcessId(), e.key, e.node.id,
                e.node.name == null ? e.node.id : e.node.name, text(value(def.assignee(), view)),
                list(value(def.candidateGroups(), view)), list(value(def.candidateUsers(), view)),
                instant(value(def.dueDate(), view)), instant(value(def.followUpDate(), view)), def.formKey(),
                priority == null ? null : Integer.valueOf(String.valueOf(priority).replaceAll("\\.0+$", ""))));
    }

    void timer(Run run, Instance pi, Element owner, Node event, Map<String, Object> view) {
        Object value = feel.evaluate(event.timer.expression(), view);
        TimerSchedule.Due due = TimerSchedule.first(event.timer.type(), value, run.now);
        run.timers.add(new Run.NewTimer(keys.next(), pi.model.definitionKey(), pi.key, owner.key, event.id, due.at(),
                due.repetitions(), due.interval()));
        run.timersCreated = true;
    }

    private Object value(Expr expr, Map<String, Object> view) {
        return expr == null ? null : feel.evaluate(expr, view);
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            List<String> out = new ArrayList<>();
            items.forEach(i -> out.add(String.valueOf(i)));
            return out;
        }
        return Arrays.stream(String.valueOf(value).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        String text = String.valueOf(value);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return ZonedDateTime.parse(text).toInstant();
        }
    }
}
