package com.salesos.routes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.activity.ActivityLog;
import com.salesos.platform.ConflictException;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.security.AccessPolicy;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans a rep's day in the given order and finds plans; a rep plans and sees their own days, a manager the team's. */
@Service
public class RouteService {

    static final int DEFAULT_VISIT_MINUTES = 30;
    static final int DEFAULT_PRIORITY = 5;
    /** The working day starts at 08:00 in the rep's zone, leaving from the home base. */
    static final LocalTime DAY_START = LocalTime.of(8, 0);

    private final SalesRoutePlans plans;
    private final RepService reps;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final ActivityLog activity;
    private final Clock clock;

    RouteService(SalesRoutePlans plans, RepService reps, AccountService accounts, AccessPolicy access,
            ActivityLog activity, Clock clock) {
        this.plans = plans;
        this.reps = reps;
        this.accounts = accounts;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * @throws InvalidFieldException naming {@code repId} (unknown), {@code stops[i].accountId} (unknown or without a
     *         location), {@code stops[i].timeWindow.to} (not after from)
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not plan for the rep
     * @throws ConflictException when the rep already has a plan for the day that is not cancelled
     */
    @Transactional
    public RoutePlanView plan(NewRoutePlan request) {
        RepView rep = reps.find(request.repId())
                .orElseThrow(() -> new InvalidFieldException("repId", "is not a known rep"));
        access.checkRep(rep.id());
        Prepared stops = prepare(request);
        if (plans.hasLivePlan(rep.id(), request.date())) {
            throw new ConflictException("Rep " + rep.id() + " already has a route plan for " + request.date());
        }
        return create(rep, request.date(), stops, DAY_START);
    }

    /**
     * Writes the rep's day in a new order, as the route optimisation decided: the open stops of the live plan are
     * replaced by {@code request.stops()} (visited stops stay as they were), timed from {@code dayStart}, or from the
     * last visited stop at {@code resumeAt} once the day is under way; without a live plan the day is planned anew.
     *
     * @param resumeAt when the rest of a day under way starts (null: at the last visit's planned departure)
     * @param resumeFrom where the rep is then (null: at the last visited stop)
     * @throws InvalidFieldException and AccessDeniedException as {@link #plan(NewRoutePlan)}
     * @throws ConflictException when the day's plan is completed
     */
    @Transactional
    public RoutePlanView rewrite(NewRoutePlan request, LocalTime dayStart, Instant resumeAt, GeoPoint resumeFrom) {
        RepView rep = reps.find(request.repId())
                .orElseThrow(() -> new InvalidFieldException("repId", "is not a known rep"));
        access.checkRep(rep.id());
        Prepared stops = prepare(request);
        SalesRoutePlan plan = plans.findLive(rep.id(), request.date()).orElse(null);
        if (plan == null) {
            return create(rep, request.date(), stops, dayStart);
        }
        ZoneId zone = plan.zone();
        Timetable.Day tail = plan.lastVisited()
                .map(last -> Timetable.plan(ZonedDateTime.ofInstant(resumeAt == null
                        || resumeAt.isBefore(last.plannedDeparture()) ? last.plannedDeparture() : resumeAt, zone),
                        resumeFrom != null ? resumeFrom
                                : accounts.find(last.getAccountId()).map(AccountView::location).orElse(rep.homeBase()),
                        rep.homeBase(), stops.timed()))
                .orElseGet(() -> Timetable.plan(request.date(), dayStart, zone, rep.homeBase(), stops.timed()));
        plan.removeOpenStops();
        plans.flush();
        plan.appendStops(tail, stops.accountIds(), stops.timed(), stops.priorities());
        activity.record("route-plan.rewritten", "route-plan", plan.getId(), rep.id(),
                Map.of("date", request.date().toString(), "stops", stops.timed().size()));
        return plan.toView(accountNames(plan.getStops().stream().map(SalesRouteStop::getAccountId).toList()));
    }

    private RoutePlanView create(RepView rep, LocalDate date, Prepared stops, LocalTime dayStart) {
        ZoneId zone = ZoneId.of(rep.timeZone());
        Timetable.Day day = Timetable.plan(date, dayStart, zone, rep.homeBase(), stops.timed());
        SalesRoutePlan plan = plans.save(new SalesRoutePlan(rep.id(), date, zone, day, stops.accountIds(),
                stops.timed(), stops.priorities(), clock.instant()));
        activity.record("route-plan.created", "route-plan", plan.getId(), rep.id(),
                Map.of("date", date.toString(), "stops", stops.timed().size()));
        return plan.toView(stops.names());
    }

    private record Prepared(List<UUID> accountIds, List<Timetable.Stop> timed, List<Integer> priorities,
            Map<UUID, String> names) {
    }

    private Prepared prepare(NewRoutePlan request) {
        List<UUID> accountIds = new ArrayList<>();
        List<Timetable.Stop> stops = new ArrayList<>();
        List<Integer> priorities = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (int i = 0; i < request.stops().size(); i++) {
            NewRoutePlan.NewStop stop = request.stops().get(i);
            String field = "stops[" + i + "]";
            AccountView account = accounts.find(stop.accountId())
                    .orElseThrow(() -> new InvalidFieldException(field + ".accountId", "is not a known account"));
            if (account.location() == null) {
                throw new InvalidFieldException(field + ".accountId", "has no location to plan a route to");
            }
            NewRoutePlan.TimeWindow window = stop.timeWindow();
            if (window != null && !window.from().isBefore(window.to())) {
                throw new InvalidFieldException(field + ".timeWindow.to", "must be after timeWindow.from");
            }
            accountIds.add(account.id());
            names.put(account.id(), account.name());
            stops.add(new Timetable.Stop(account.location(),
                    stop.visitMinutes() == null ? DEFAULT_VISIT_MINUTES : stop.visitMinutes(),
                    window == null ? null : window.from(), window == null ? null : window.to()));
            priorities.add(stop.priority() == null ? DEFAULT_PRIORITY : stop.priority());
        }
        return new Prepared(accountIds, stops, priorities, names);
    }

    /** @throws NotFoundException when no plan has this id or the caller may not see it */
    @Transactional(readOnly = true)
    public RoutePlanView get(UUID id) {
        SalesRoutePlan plan = plans.findById(id).filter(p -> access.canSeeRep(p.getRepId()))
                .orElseThrow(() -> new NotFoundException("Route plan", id));
        return plan.toView(accountNames(plan.getStops().stream().map(SalesRouteStop::getAccountId).toList()));
    }

    /** @throws org.springframework.security.access.AccessDeniedException when {@code repId} is not the caller's to see */
    @Transactional(readOnly = true)
    public PageResponse<RoutePlanView> list(RoutePlanFilter filter, PageRequest page) {
        if (filter.repId() != null) {
            access.checkRep(filter.repId());
        }
        Set<UUID> visible = access.visibleRepIds().orElse(null);
        var found = plans.find(visible == null, visible == null ? Set.of(new UUID(0, 0)) : visible, filter.repId(),
                filter.from(), filter.to(), page.withSort(Sort.by(Sort.Direction.DESC, "date").and(Sort.by("id"))));
        Map<UUID, String> names = accountNames(found.getContent().stream()
                .flatMap(p -> p.getStops().stream().map(SalesRouteStop::getAccountId)).toList());
        return PageResponse.of(found, p -> p.toView(names));
    }

    /**
     * Marks a stop visited because {@code repId} logged a visit at {@code accountId} there.
     *
     * @throws InvalidFieldException naming {@code routeStopId} when the stop is unknown, on another rep's plan or at
     *         another account
     * @throws ConflictException when the stop is no longer open
     */
    @Transactional
    public void stopVisited(UUID stopId, UUID repId, UUID accountId) {
        SalesRoutePlan plan = plans.findByStopId(stopId)
                .orElseThrow(() -> new InvalidFieldException("routeStopId", "is not a known route stop"));
        if (!plan.getRepId().equals(repId)) {
            throw new InvalidFieldException("routeStopId", "is on another rep's route plan");
        }
        SalesRouteStop stop = plan.getStops().stream().filter(s -> s.getId().equals(stopId)).findFirst().orElseThrow();
        if (!stop.getAccountId().equals(accountId)) {
            throw new InvalidFieldException("routeStopId", "is a stop at another account");
        }
        plan.stopVisited(stop);
    }

    private Map<UUID, String> accountNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        ids.stream().distinct().forEach(id -> accounts.find(id).ifPresent(a -> names.put(id, a.name())));
        return names;
    }
}
