package com.salesos.workflow.embedded;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fires due timers, each in its own command. Timers live in the engine's own table rather than Quartz: firing
 * must happen in the same transaction as the token move it causes (Quartz would fire in its own), and the
 * poll with SKIP LOCKED gives the same clustering on one PostgreSQL with less machinery. A timer due while the
 * application was down is simply due at the next poll.
 */
@Component
class TimerFiring {

    private final CommandRunner runner;
    private final JdbcTemplate jdbc;
    private final Loader loader;
    private final Tokens tokens;
    private final Deployments deployments;
    private final Keys keys;

    TimerFiring(CommandRunner runner, JdbcTemplate jdbc, Loader loader, Tokens tokens, Deployments deployments,
            Keys keys) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.loader = loader;
        this.tokens = tokens;
        this.deployments = deployments;
        this.keys = keys;
    }

    /** Fires every timer due by the engine clock now; returns how many fired. */
    int fireDue(java.time.Instant now, int limit) {
        List<Long> due = jdbc.queryForList("select key from wf_timer where due_at <= ? order by due_at limit ?",
                Long.class, Store.ts(now), limit);
        int fired = 0;
        for (Long key : due) {
            if (fire(key)) {
                fired++;
            }
        }
        jdbc.update("delete from wf_message where expires_at <= ?", Store.ts(now));
        return fired;
    }

    boolean fire(long timerKey) {
        return runner.run(run -> {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from wf_timer where key = ?", timerKey);
            if (rows.isEmpty()) {
                return false;
            }
            Map<String, Object> timer = rows.get(0);
            Long piKey = (Long) timer.get("process_instance_key");
            Instance pi = piKey == null ? null : loader.lockAndLoad(run, piKey);
            if (jdbc.queryForList("select key from wf_timer where key = ? for update skip locked", Long.class, timerKey)
                    .isEmpty()) {
                return false; // fired by another node meanwhile
            }
            run.deletedTimers.add(timerKey);
            String elementId = (String) timer.get("element_id");
            if (piKey == null) {
                ProcessModel model = deployments.process((Long) timer.get("definition_key"));
                repeat(run, timer, model.definitionKey(), null, null);
                tokens.start(run, model, model.node(elementId), Map.of(), null, null, null);
                return true;
            }
            Element owner = pi == null ? null : pi.elements.get((Long) timer.get("element_instance_key"));
            if (owner == null || !pi.isActive()) {
                return false;
            }
            Node event = pi.model.node(elementId);
            if (event.kind == Kind.BOUNDARY_EVENT && !event.interrupting) {
                repeat(run, timer, pi.model.definitionKey(), pi.key, owner.key);
            }
            tokens.activities().trigger(run, pi, owner, event, Map.of());
            return true;
        });
    }

    private void repeat(Run run, Map<String, Object> timer, long definitionKey, Long piKey, Long elementKey) {
        int repetitions = (Integer) timer.get("repetitions");
        String interval = (String) timer.get("interval");
        if (repetitions == 0 || interval == null) {
            return;
        }
        java.time.Instant next = TimerSchedule.next(interval, ((java.sql.Timestamp) timer.get("due_at")).toInstant());
        if (!next.isAfter(run.now)) {
            next = TimerSchedule.next(interval, run.now); // after downtime: one catch-up firing, not one per missed slot
        }
        run.timers.add(new Run.NewTimer(keys.next(), definitionKey, piKey, elementKey, (String) timer.get("element_id"),
                next, repetitions < 0 ? -1 : repetitions - 1, interval));
        run.timersCreated = true;
    }
}
