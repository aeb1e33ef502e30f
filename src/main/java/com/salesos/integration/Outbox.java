package com.salesos.integration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: features report a change to other systems by publishing an event here, inside the
 * transaction that makes the change. The event is stored with the change or not at all, so it is never lost and
 * never sent for a change that rolled back; webhook delivery picks it up after the commit.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Outbox(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes an event with a new id in the caller's transaction and returns the id.
     *
     * @param type one of {@link EventTypes#ALL}
     * @param subject what the event is about ({@code order/<id>}); events of one subject are delivered in order
     * @param data the event's payload, written as JSON
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     * @throws IllegalArgumentException for an unknown type or a blank subject
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(String type, String subject, Object data) {
        return insert(UUID.randomUUID(), null, type, subject, data);
    }

    /**
     * Like {@link #publish(String, String, String, Object)}, but at most once per {@code idempotencyKey}: a job
     * worker that runs twice publishes one event. The event id derives from the key, so both calls return it; the
     * first call's type, subject and data are the ones kept.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(String idempotencyKey, String type, String subject, Object data) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("idempotencyKey must be 1 to 200 characters");
        }
        UUID id = UUID.nameUUIDFromBytes(("salesos-outbox:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        return insert(id, idempotencyKey, type, subject, data);
    }

    private UUID insert(UUID id, String key, String type, String subject, Object data) {
        if (!EventTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("unknown event type " + type + "; add it to EventTypes");
        }
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("subject must be 1 to 200 characters");
        }
        // on conflict do nothing rather than catch: a failed insert would abort the caller's whole transaction
        jdbc.sql("""
                insert into outbox_event (id, idempotency_key, type, subject, data, occurred_at)
                values (:id, :key, :type, :subject, cast(:data as jsonb), :at)
                on conflict do nothing""")
                .param("id", id).param("key", key).param("type", type).param("subject", subject)
                .param("data", toJson(data)).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return id;
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
    }
}
