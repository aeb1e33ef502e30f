package com.salesos.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.salesos.security.Actor;
import com.salesos.security.CurrentActor;
import com.salesos.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which tasks a caller may see and work: sales ops, admins and machine clients all; every other person only
 * tasks assigned to them or offered to them or to one of their groups (role names lowercased, plus the groups
 * that features contribute through {@link CandidateGroupsProvider}, such as {@code team:<id>}). The task API and
 * the UI's task inbox both use it, so the same person sees the same tasks in both.
 */
@Component
public class TaskAccess {

    private final CurrentActor currentActor;
    private final List<CandidateGroupsProvider> providers;

    TaskAccess(CurrentActor currentActor, List<CandidateGroupsProvider> providers) {
        this.currentActor = currentActor;
        this.providers = providers;
    }

    public Actor actor() {
        return currentActor.get();
    }

    public boolean restricted(Actor actor) {
        return !(actor.machine() || actor.has(Role.SALES_OPS) || actor.has(Role.ADMIN)
                || actor.hasScope(Actor.ADMIN_SCOPE));
    }

    public Set<String> groups(Actor actor) {
        Set<String> groups = new HashSet<>();
        actor.roles().forEach(r -> groups.add(r.name().toLowerCase(Locale.ROOT)));
        providers.forEach(p -> groups.addAll(p.groupsOf(actor.name())));
        return groups;
    }

    /** The query restricted to what {@code actor} may see (unchanged for those who see every task). */
    public TaskQuery visibleTo(Actor actor, TaskQuery query) {
        if (!restricted(actor)) {
            return query;
        }
        return new TaskQuery(query.assignee(), query.candidateGroup(), query.candidateUser(),
                query.processInstanceKey(), query.state(), actor.name(), groups(actor), query.page(), query.size());
    }

    /** @throws AccessDeniedException when the caller may not see the task */
    public void checkVisible(Actor actor, UserTask task) {
        if (restricted(actor) && !offeredTo(actor, task)) {
            throw new AccessDeniedException("task not offered to " + actor.name());
        }
    }

    /** @throws AccessDeniedException when the caller may not complete the task (assigned to someone else) */
    public void checkWorkable(Actor actor, UserTask task) {
        checkVisible(actor, task);
        if (restricted(actor) && task.assignee() != null && !task.assignee().equals(actor.name())) {
            throw new AccessDeniedException("task assigned to someone else");
        }
    }

    private boolean offeredTo(Actor actor, UserTask task) {
        if (actor.name().equals(task.assignee()) || task.candidateUsers().contains(actor.name())) {
            return true;
        }
        Set<String> groups = groups(actor);
        return task.candidateGroups().stream().anyMatch(groups::contains);
    }
}
