package com.salesos.workflow;

import java.time.Instant;

/** A deployed version of a process or decision; {@code key} identifies the version. */
public record DeployedModel(long key, Kind kind, String id, String name, int version, String resourceName,
        Instant deployedAt) {

    /** What the model defines. */
    public enum Kind {
        PROCESS, DECISION
    }
}
