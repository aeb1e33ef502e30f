package com.salesos.reps;

import java.util.Set;
import java.util.UUID;

import com.salesos.security.TeamDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A manager's team: the reps whose manager they are, and those reps' reports in turn. */
@Component
class RepTeamDirectory implements TeamDirectory {

    private final SalesReps reps;

    RepTeamDirectory(SalesReps reps) {
        this.reps = reps;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> teamOf(UUID managerRepId) {
        return managerRepId == null ? Set.of() : Set.copyOf(reps.teamOf(managerRepId));
    }
}
