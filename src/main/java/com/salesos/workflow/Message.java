package com.salesos.workflow;

import java.time.Duration;
import java.util.Map;

/**
 * A message to correlate. A positive time to live buffers it for subscriptions opened later; a message id makes
 * a second publication of the same (name, id) while the first is buffered a no-op.
 */
public record Message(String name, String correlationKey, Map<String, Object> variables, Duration timeToLive,
        String messageId) {

    public Message {
        variables = variables == null ? Map.of() : variables;
        timeToLive = timeToLive == null ? Duration.ZERO : timeToLive;
    }

    public static Message of(String name, String correlationKey, Map<String, Object> variables) {
        return new Message(name, correlationKey, variables, Duration.ZERO, null);
    }
}
