package com.salesos.workflow;

/**
 * The answer to a publication: the message key, how many waiting instances it reached (including instances it
 * started), and whether it was a duplicate of a buffered message with the same id.
 */
public record PublishedMessage(long key, int correlatedInstances, boolean duplicate) {
}
