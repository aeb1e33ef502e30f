package com.salesos.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The table of Idempotency-Keys seen, each with its request hash and, once done, the answer given. */
class IdempotencyRecords {

    /** {@code carriedOut}: the request's changes committed, whether or not its answer was kept. */
    record Stored(String requestHash, boolean completed, int status, String contentType, byte[] body,
            Instant startedAt, boolean carriedOut) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key; false when the caller used it before. */
    boolean tryBegin(String principal, String key, String path, String hash, Instant now) {
        try {
            jdbc.update("insert into idempotency_record (principal, idem_key, path, request_hash, started_at) "
                    + "values (?, ?, ?, ?, ?)", principal, key, path, hash, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Stored> find(String principal, String key) {
        return jdbc.query("select request_hash, completed_at, status, content_type, body, started_at, effect_at "
                + "from idempotency_record where principal = ? and idem_key = ?", rs -> rs.next()
                        ? Optional.of(new Stored(rs.getString(1), rs.getTimestamp(2) != null, rs.getInt(3),
                                rs.getString(4), rs.getBytes(5), rs.getTimestamp(6).toInstant(),
                                rs.getTimestamp(7) != null))
                        : Optional.empty(),
                principal, key);
    }

    /**
     * Takes over a claim whose request never finished (its node died) and changed nothing; false when another caller
     * was faster or the request's changes had committed.
     */
    boolean takeOver(String principal, String key, Instant seenStart, Instant now) {
        return jdbc.update("update idempotency_record set started_at = ? where principal = ? and idem_key = ? "
                + "and started_at = ? and completed_at is null and effect_at is null", Timestamp.from(now), principal,
                key, Timestamp.from(seenStart)) == 1;
    }

    /** Whether the claimed request's changes committed. */
    boolean carriedOut(String principal, String key) {
        return find(principal, key).map(Stored::carriedOut).orElse(false);
    }

    void complete(String principal, String key, int status, String contentType, byte[] body, Instant now) {
        jdbc.update("update idempotency_record set status = ?, content_type = ?, body = ?, completed_at = ? "
                + "where principal = ? and idem_key = ?", status, contentType, body, Timestamp.from(now), principal,
                key);
    }

    /** Drops a claim that got no answer worth keeping and changed nothing, so the call may be retried as it is. */
    void forget(String principal, String key) {
        jdbc.update("delete from idempotency_record where principal = ? and idem_key = ? and completed_at is null "
                + "and effect_at is null", principal, key);
    }
}
