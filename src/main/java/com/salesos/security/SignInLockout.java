package com.salesos.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name <em>and client address</em>; {@code max-failures} failures within
 * {@code duration} lock that name from that address for {@code duration}. Keyed by address so that an attacker
 * who hammers a name (the bootstrap {@code admin}, say) locks out only themselves: the owner signing in from
 * elsewhere is not locked, every lock expires, and API keys are never locked. The counts live in PostgreSQL, so
 * every node of a cluster sees the same ones.
 */
@Component
class SignInLockout {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration duration;

    SignInLockout(JdbcTemplate jdbc, Clock clock,
            @Value("${salesos.security.lockout.max-failures:5}") int maxFailures,
            @Value("${salesos.security.lockout.duration:15m}") Duration duration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.duration = duration;
    }

    /** When the name is locked from this address, the instant the lock ends. */
    Optional<Instant> lockedUntil(String username, String address) {
        List<Timestamp> until = jdbc.queryForList(
                "select locked_until from sign_in_failure where principal_key = ? and locked_until > ?",
                Timestamp.class, key(username, address), Timestamp.from(clock.instant()));
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    /** Counts a failure; the one that reaches {@code max-failures} locks the name from this address. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(duration));
        // one statement, so that concurrent failures from one address are all counted
        Integer failures = jdbc.queryForObject("""
                insert into sign_in_failure (principal_key, failures, first_failure_at) values (?, 1, ?)
                on conflict (principal_key) do update set
                  failures = case when sign_in_failure.first_failure_at < ? then 1 else sign_in_failure.failures + 1 end,
                  first_failure_at = case when sign_in_failure.first_failure_at < ? then excluded.first_failure_at
                                          else sign_in_failure.first_failure_at end
                returning failures""", Integer.class, key(username, address), Timestamp.from(now), windowStart,
                windowStart);
        if (failures != null && failures >= maxFailures) {
            jdbc.update("update sign_in_failure set locked_until = ?, failures = 0, first_failure_at = ?"
                    + " where principal_key = ?", Timestamp.from(now.plus(duration)), Timestamp.from(now),
                    key(username, address));
        }
        // forget what can no longer count or lock (names that do not exist would otherwise pile up)
        jdbc.update("delete from sign_in_failure where first_failure_at < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(now.minus(duration.multipliedBy(2))), Timestamp.from(now));
    }

    /** A successful sign-in forgets the earlier failures. */
    void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_failure where principal_key = ?", key(username, address));
    }

    private static String key(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return (name.length() > 300 ? name.substring(0, 300) : name) + "|" + (address == null ? "?" : address);
    }
}
