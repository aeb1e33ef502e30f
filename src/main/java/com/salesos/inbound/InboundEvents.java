package com.salesos.inbound;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an inbound call once per sender event id and endpoint: the first call does the work and stores its answer
 * in the same transaction; a repeat (a retry, a redelivery) gets that answer back and changes nothing. A call
 * that fails stores nothing, so the sender may retry it as it is.
 */
@Component
class InboundEvents {

    /** An answer, and whether it is the stored answer of an earlier call. */
    record Answer<T>(T body, boolean replayed) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    InboundEvents(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    <T> Answer<T> once(String endpoint, String eventId, Class<T> type, Supplier<T> work) {
        // a concurrent first call holds the key until it commits; this insert waits for it and then does nothing
        int claimed = jdbc.sql("""
                insert into inbound_event (endpoint, event_id, response, received_by, received_at)
                values (:endpoint, :eventId, '{}', :by, :at) on conflict do nothing""")
                .param("endpoint", endpoint).param("eventId", eventId).param("by", caller())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        if (claimed == 0) {
            String stored = jdbc.sql("select response from inbound_event where endpoint = :endpoint and event_id = :eventId")
                    .param("endpoint", endpoint).param("eventId", eventId).query(String.class).single();
            return new Answer<>(read(stored, type), true);
        }
        T answer = work.get();
        jdbc.sql("update inbound_event set response = cast(:response as jsonb) where endpoint = :endpoint and event_id = :eventId")
                .param("response", write(answer)).param("endpoint", endpoint).param("eventId", eventId).update();
        return new Answer<>(answer, false);
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inbound answer is not readable as " + type.getSimpleName(), e);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
