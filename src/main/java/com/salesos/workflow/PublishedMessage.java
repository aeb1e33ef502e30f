package com.salesos.workflow;

import java.util.List;

/**
 * The answer to a publication: the message key, how many waiting instances it reached (including instances it
 * started), whether it was a duplicate of a buffered message with the same id, and the keys of the instances it
 * reached or started, where the engine names them (the Zeebe adapter only for a message correlated at once).
 */
public record PublishedMessage(long key, int correlatedInstances, boolean duplicate, List<Long> processInstanceKeys) {

    public PublishedMessage {
        processInstanceKeys = processInstanceKeys == null ? List.of() : List.copyOf(processInstanceKeys);
    }

    public PublishedMessage(long key, int correlatedInstances, boolean duplicate) {
        this(key, correlatedInstances, duplicate, List.of());
    }
}
