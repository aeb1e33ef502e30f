package com.salesos.security;

import java.util.Set;
import java.util.UUID;

/** Answers who is in a manager's team; implemented by the feature that owns the reps. */
public interface TeamDirectory {

    /** The ids of the reps whose manager is {@code managerRepId} (directly or further down), never null. */
    Set<UUID> teamOf(UUID managerRepId);
}
