package com.salesos.platform;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Marks the Idempotency-Key of the request on this thread as carried out, inside the first transaction that commits
 * for it: the mark and the request's changes commit together or not at all. A node that dies after that commit
 * but before the answer is kept leaves a claim that a retry must not run again ({@link IdempotencyFilter}).
 */
class IdempotencyEffects implements TransactionExecutionListener {

    private record Claim(String principal, String key) {
    }

    private static final ThreadLocal<Claim> CURRENT = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyEffects(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The request on this thread works for this claim until {@link #end()}. */
    static void begin(String principal, String key) {
        CURRENT.set(new Claim(principal, key));
    }

    static void end() {
        CURRENT.remove();
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        Claim claim = CURRENT.get();
        if (claim == null || transaction.isReadOnly() || transaction.isRollbackOnly()) {
            return;
        }
        // runs on the committing transaction's connection, so the mark commits with the changes
        jdbc.update("update idempotency_record set effect_at = ? where principal = ? and idem_key = ? "
                + "and effect_at is null", Timestamp.from(clock.instant()), claim.principal(), claim.key());
    }
}
