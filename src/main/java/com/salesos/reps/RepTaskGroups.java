package com.salesos.reps;

import java.util.HashSet;
import java.util.Set;

import com.salesos.security.Role;
import com.salesos.security.UserService;
import com.salesos.workflow.CandidateGroupsProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task groups a person has as a rep: a manager gets {@code team:<own rep id>} (the approvals of their team's
 * quotes); admins also get {@code director}, the level above the managers.
 */
@Component
class RepTaskGroups implements CandidateGroupsProvider {

    private final UserService users;
    private final SalesReps reps;

    RepTaskGroups(UserService users, SalesReps reps) {
        this.users = users;
        this.reps = reps;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> groupsOf(String username) {
        Set<String> groups = new HashSet<>();
        users.findByUsername(username).ifPresent(user -> {
            if (user.roles().contains(Role.ADMIN)) {
                groups.add("director");
            }
            if (user.repId() != null && (user.roles().contains(Role.MANAGER)
                    || reps.findById(user.repId()).map(SalesRep::isManager).orElse(false))) {
                groups.add("team:" + user.repId());
            }
        });
        return groups;
    }
}
