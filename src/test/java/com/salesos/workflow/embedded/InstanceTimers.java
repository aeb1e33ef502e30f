package com.salesos.workflow.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test hook: moves one instance's clock forward by firing the timers it would have fired by then, without
 * touching the application clock that the other tests in the shared context read.
 */
@Component
public class InstanceTimers {

    private final TimerFiring firing;
    private final JdbcTemplate jdbc;

    InstanceTimers(TimerFiring firing, JdbcTemplate jdbc) {
        this.firing = firing;
        this.jdbc = jdbc;
    }

    /** Fires the instance's timers due within {@code by} from now; returns how many fired. */
    public int advance(long processInstanceKey, Duration by) {
        List<Long> due = jdbc.queryForList("select key from wf_timer where process_instance_key = ? and due_at <= ?"
                + " order by due_at", Long.class, processInstanceKey, Store.ts(Instant.now().plus(by)));
        return (int) due.stream().filter(firing::fire).count();
    }
}
