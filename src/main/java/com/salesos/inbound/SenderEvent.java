package com.salesos.inbound;

import com.salesos.platform.InvalidFieldException;
import org.springframework.http.ResponseEntity;

/** The sender's event id of an inbound call, and the answer with a mark when it repeats an earlier one. */
final class SenderEvent {

    static final String HEADER = "Idempotency-Key";

    private SenderEvent() {
    }

    /**
     * The body's {@code eventId}, else the {@code Idempotency-Key} header.
     *
     * @throws InvalidFieldException naming {@code eventId} when neither is given
     */
    static String id(String bodyEventId, String header) {
        if (bodyEventId != null && !bodyEventId.isBlank()) {
            return bodyEventId.strip();
        }
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        throw new InvalidFieldException("eventId",
                "is required: the sender's event id, in the body or as an Idempotency-Key header");
    }

    static <T> ResponseEntity<T> answer(InboundEvents.Answer<T> answer) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (answer.replayed()) {
            ok.header("Idempotency-Replayed", "true");
        }
        return ok.body(answer.body());
    }
}
