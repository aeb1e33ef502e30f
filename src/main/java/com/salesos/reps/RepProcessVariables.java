package com.salesos.reps;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.salesos.security.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The variables every sales process gets about the rep it works for (bpmn/README.md): {@code repId},
 * {@code repUsername} (the rep's sign-in, who their user tasks are assigned to; null when the rep has none) and
 * {@code managerRepId} (whose team group gets the escalations; null for a rep without a manager).
 */
@Component
public class RepProcessVariables {

    private final SalesReps reps;
    private final UserService users;

    RepProcessVariables(SalesReps reps, UserService users) {
        this.reps = reps;
        this.users = users;
    }

    /** A mutable map, so a process can add its own variables. @throws IllegalArgumentException for an unknown rep */
    @Transactional(readOnly = true)
    public Map<String, Object> of(UUID repId) {
        SalesRep rep = reps.findById(repId).orElseThrow(() -> new IllegalArgumentException("no rep " + repId));
        Map<String, Object> variables = new HashMap<>();
        variables.put("repId", repId.toString());
        variables.put("repUsername", users.findByRepId(repId).map(UserService.UserView::username).orElse(null));
        variables.put("managerRepId", rep.getManagerId() == null ? null : rep.getManagerId().toString());
        return variables;
    }
}
