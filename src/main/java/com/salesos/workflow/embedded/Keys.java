package com.salesos.workflow.embedded;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out engine keys from one PostgreSQL sequence in blocks of 100 (the sequence's increment), so nodes
 * sharing a database never collide and most keys cost no round trip.
 */
@Component
class Keys {

    private static final int BLOCK = 100;
    private final JdbcTemplate jdbc;
    private long next;
    private long end;

    Keys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    synchronized long next() {
        if (next >= end) {
            Long start = jdbc.queryForObject("select nextval('wf_key_seq')", Long.class);
            next = start;
            end = start + BLOCK;
        }
        return next++;
    }
}
