package com.salesos.visits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.activity.ActivityLog;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepService;
import com.salesos.routes.RouteService;
import com.salesos.security.AccessPolicy;
import com.salesos.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs visits with their notes and finds them; a rep logs and sees their own visits, a manager the team's. */
@Service
public class VisitService {

    /** Clocks on phones drift; a visit may start this far in the future of the server's clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SalesVisits visits;
    private final RepService reps;
    private final AccountService accounts;
    private final RouteService routes;
    private final AccessPolicy access;
    private final CurrentActor currentActor;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final Clock clock;

    VisitService(SalesVisits visits, RepService reps, AccountService accounts, RouteService routes,
            AccessPolicy access, CurrentActor currentActor, ActivityLog activity, ApplicationEventPublisher events,
            Outbox outbox, Clock clock) {
        this.visits = visits;
        this.reps = reps;
        this.accounts = accounts;
        this.routes = routes;
        this.access = access;
        this.currentActor = currentActor;
        this.activity = activity;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Logs the visit, marks its route stop visited, writes one activity entry for the visit and one per note,
     * publishes {@link VisitLogged} (which starts the visit follow-up after the commit) and the outbox event
     * {@value EventTypes#VISIT_LOGGED}; all or nothing.
     *
     * @throws InvalidFieldException naming {@code repId}/{@code accountId} (unknown), {@code startedAt} (in the
     *         future), {@code endedAt} (before startedAt), {@code routeStopId} (unknown, another rep's or another
     *         account's stop)
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not log for the rep
     * @throws ConflictException when the route stop already has a visit
     */
    @Transactional
    public VisitView log(NewVisit request) {
        if (reps.find(request.repId()).isEmpty()) {
            throw new InvalidFieldException("repId", "is not a known rep");
        }
        access.checkRep(request.repId());
        if (accounts.find(request.accountId()).isEmpty()) {
            throw new InvalidFieldException("accountId", "is not a known account");
        }
        Instant now = clock.instant();
        if (request.startedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidFieldException("startedAt", "must not be in the future");
        }
        if (request.endedAt() != null && request.endedAt().isBefore(request.startedAt())) {
            throw new InvalidFieldException("endedAt", "must not be before startedAt");
        }
        if (request.routeStopId() != null) {
            if (visits.existsByRouteStopId(request.routeStopId())) {
                throw new ConflictException("Route stop " + request.routeStopId() + " already has a visit");
            }
            routes.stopVisited(request.routeStopId(), request.repId(), request.accountId());
        }
        SalesVisit visit = new SalesVisit(request, now);
        String author = currentActor.get().name();
        List<NewVisit.Note> notes = request.notes() == null ? List.of() : request.notes();
        notes.forEach(n -> visit.addNote(n.kind(), n.text(), author, now));
        visits.save(visit);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("accountId", request.accountId());
        details.put("outcome", request.outcome());
        details.put("notes", notes.size());
        activity.record("visit.logged", "visit", visit.getId(), request.repId(), details);
        for (VisitView.Note note : visit.toView().notes()) {
            activity.record("visit.note-added", "visit", visit.getId(), request.repId(),
                    Map.of("noteId", note.id(), "kind", note.kind()));
        }
        VisitLogged logged = visit.logged();
        events.publishEvent(logged);
        outbox.publish(EventTypes.VISIT_LOGGED, "visit/" + visit.getId(), logged);
        return visit.toView();
    }

    /** @throws NotFoundException when no visit has this id or the caller may not see it */
    @Transactional(readOnly = true)
    public VisitView get(UUID id) {
        return visits.findById(id).filter(v -> access.canSeeRep(v.getRepId())).map(SalesVisit::toView)
                .orElseThrow(() -> new NotFoundException("Visit", id));
    }

    /** Newest first. @throws org.springframework.security.access.AccessDeniedException for another team's rep */
    @Transactional(readOnly = true)
    public PageResponse<VisitView> list(VisitFilter filter, PageRequest page) {
        if (filter.repId() != null) {
            access.checkRep(filter.repId());
        }
        Set<UUID> visible = access.visibleRepIds().orElse(null);
        return PageResponse.of(visits.find(visible == null, visible == null ? Set.of(new UUID(0, 0)) : visible,
                filter.repId(), filter.accountId(), filter.from(), filter.to(),
                page.withSort(Sort.by(Sort.Direction.DESC, "startedAt").and(Sort.by("id")))), SalesVisit::toView);
    }
}
