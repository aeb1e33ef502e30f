package com.salesos.workflow.embedded;

import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Message and timer start events belong to the latest version of a process only: deploying a new version
 * replaces the older version's start subscriptions and start timers.
 */
@Component
class StartEvents {

    private final JdbcTemplate jdbc;
    private final Feel feel;
    private final Keys keys;

    StartEvents(JdbcTemplate jdbc, Feel feel, Keys keys) {
        this.jdbc = jdbc;
        this.feel = feel;
        this.keys = keys;
    }

    void schedule(long definitionKey, String bpmnProcessId, Node root, Instant now) {
        jdbc.update("delete from wf_start_event where model_id = ?", bpmnProcessId);
        jdbc.update("delete from wf_timer where process_instance_key is null and definition_key in"
                + " (select key from wf_definition where kind = 'PROCESS' and model_id = ?)", bpmnProcessId);
        for (Node start : root.children) {
            if (start.kind != Kind.START_EVENT) {
                continue;
            }
            if (start.event == EventKind.MESSAGE) {
                jdbc.update("insert into wf_start_event (definition_key, model_id, element_id, message_name)"
                        + " values (?,?,?,?)", definitionKey, bpmnProcessId, start.id, start.messageName);
            } else if (start.event == EventKind.TIMER) {
                Object value = feel.evaluate(start.timer.expression(), Map.of());
                TimerSchedule.Due due = TimerSchedule.first(start.timer.type(), value, now);
                jdbc.update("insert into wf_timer (key, definition_key, element_id, due_at, repetitions, interval)"
                        + " values (?,?,?,?,?,?)", keys.next(), definitionKey, start.id, Store.ts(due.at()),
                        due.repetitions(), due.interval());
            }
        }
    }
}
