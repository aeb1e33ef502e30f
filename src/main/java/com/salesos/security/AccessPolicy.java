package com.salesos.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The visibility rule for records owned by a rep (quotes, visits, route plans, commissions, tasks): a rep sees
 * their own, a manager their own and their team's, sales ops, admins and admin-scoped keys all; other API keys
 * see all records within their scopes (their endpoints check the scope).
 */
@Component
public class AccessPolicy {

    private final CurrentActor currentActor;
    private final ObjectProvider<TeamDirectory> teams;

    AccessPolicy(CurrentActor currentActor, ObjectProvider<TeamDirectory> teams) {
        this.currentActor = currentActor;
        this.teams = teams;
    }

    /** The rep ids the caller may see, or empty when the caller sees every rep. */
    public Optional<Set<UUID>> visibleRepIds() {
        Actor actor = currentActor.get();
        if (actor.seesEverything() || actor.machine()) {
            return Optional.empty();
        }
        Set<UUID> ids = new HashSet<>();
        if (actor.repId() != null) {
            ids.add(actor.repId());
            if (actor.has(Role.MANAGER)) {
                TeamDirectory directory = teams.getIfAvailable();
                if (directory != null) {
                    ids.addAll(directory.teamOf(actor.repId()));
                }
            }
        }
        return Optional.of(ids);
    }

    public boolean canSeeRep(UUID repId) {
        return visibleRepIds().map(ids -> ids.contains(repId)).orElse(true);
    }

    /** @throws AccessDeniedException (403) when the caller may not see records of {@code repId} */
    public void checkRep(UUID repId) {
        if (!canSeeRep(repId)) {
            throw new AccessDeniedException("not your record");
        }
    }
}
