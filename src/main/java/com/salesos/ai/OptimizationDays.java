package com.salesos.ai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.InvalidFieldException;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.routes.RoutePlanView;
import com.salesos.routes.RouteService;
import com.salesos.routes.RouteStopStatus;
import com.salesos.routing.DayUnderWay;
import com.salesos.routing.Location;
import com.salesos.routing.LunchBreak;
import com.salesos.routing.RouteProblem;
import com.salesos.routing.Stop;
import com.salesos.routing.TimeWindow;
import com.salesos.routing.Vehicle;
import com.salesos.security.AccessPolicy;
import org.springframework.stereotype.Component;

/** Turns a route optimisation request into an {@link OptimizationDay}: checks the input and applies the defaults. */
@Component
class OptimizationDays {

    static final int DEFAULT_VISIT_MINUTES = 30;
    static final int DEFAULT_PRIORITY = 5;

    private final RepService reps;
    private final AccountService accounts;
    private final RouteService routes;
    private final AccessPolicy access;
    private final AiSettings settings;
    private final Clock clock;

    OptimizationDays(RepService reps, AccountService accounts, RouteService routes, AccessPolicy access,
            AiSettings settings, Clock clock) {
        this.reps = reps;
        this.accounts = accounts;
        this.routes = routes;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @throws InvalidFieldException naming the field at fault
     * @throws com.salesos.platform.NotFoundException for an unknown or invisible route plan
     * @throws org.springframework.security.access.AccessDeniedException for a rep the caller may not see
     */
    OptimizationDay build(RouteOptimizationRequest request) {
        RoutePlanView plan = request.routePlanId() == null ? null : routes.get(request.routePlanId());
        UUID repId = plan != null ? plan.repId() : request.repId();
        if (repId == null) throw new InvalidFieldException("repId", "is required without routePlanId");
        if (plan != null && request.repId() != null && !request.repId().equals(plan.repId())) {
            throw new InvalidFieldException("repId", "is not the rep of the route plan");
        }
        LocalDate date = plan != null ? plan.date() : request.date();
        if (date == null) throw new InvalidFieldException("date", "is required without routePlanId");
        RepView rep = reps.find(repId).orElseThrow(() -> new InvalidFieldException("repId", "is not a known rep"));
        access.checkRep(rep.id());
        ZoneId zone = ZoneId.of(rep.timeZone());

        List<RouteOptimizationRequest.Stop> wanted = request.stops() != null ? request.stops()
                : plan == null ? null : plan.stops().stream().map(OptimizationDays::fromPlan).toList();
        if (wanted == null || wanted.isEmpty()) throw new InvalidFieldException("stops", "must name at least one account");
        Set<UUID> visited = new HashSet<>();
        Set<UUID> cancelled = new HashSet<>();
        if (plan != null) {
            plan.stops().stream().filter(s -> s.status() == RouteStopStatus.VISITED).forEach(s -> visited.add(s.accountId()));
            plan.stops().stream().filter(s -> s.status() == RouteStopStatus.CANCELLED || s.status() == RouteStopStatus.SKIPPED)
                    .forEach(s -> cancelled.add(s.accountId()));
        }
        RouteOptimizationRequest.UnderWay underWay = request.underWay();
        if (underWay != null) {
            if (underWay.visitedAccountIds() != null) visited.addAll(underWay.visitedAccountIds());
            if (underWay.cancelledAccountIds() != null) cancelled.addAll(underWay.cancelledAccountIds());
        }

        Map<String, AccountView> byId = new LinkedHashMap<>();
        Map<String, RouteOptimizationRequest.Stop> requested = new LinkedHashMap<>();
        List<Stop> stops = new ArrayList<>();
        List<RouteOptimizationAnswer.LeftOut> leftOut = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            RouteOptimizationRequest.Stop s = wanted.get(i);
            String field = "stops[" + i + "]";
            AccountView account = accounts.find(s.accountId())
                    .orElseThrow(() -> new InvalidFieldException(field + ".accountId", "is not a known account"));
            if (account.location() == null) throw new InvalidFieldException(field + ".accountId", "has no location");
            if (byId.put(account.id().toString(), account) != null) {
                throw new InvalidFieldException(field + ".accountId", "appears twice");
            }
            requested.put(account.id().toString(), s);
            if (s.timeWindow() != null && !s.timeWindow().from().isBefore(s.timeWindow().to())) {
                throw new InvalidFieldException(field + ".timeWindow.to", "must be after timeWindow.from");
            }
            if (cancelled.contains(account.id()) && !visited.contains(account.id())) {
                leftOut.add(new RouteOptimizationAnswer.LeftOut(account.id(), account.name(), "CANCELLED",
                        "the visit was cancelled"));
                continue;
            }
            int minutes = s.visitMinutes() == null ? DEFAULT_VISIT_MINUTES : s.visitMinutes();
            List<TimeWindow> windows = s.timeWindow() != null
                    ? List.of(window(date, zone, s.timeWindow().from(), s.timeWindow().to()))
                    : OpeningWindows.startWindows(account, date, zone, minutes);
            if (windows == null) {
                leftOut.add(new RouteOptimizationAnswer.LeftOut(account.id(), account.name(), "CLOSED_THAT_DAY",
                        OpeningWindows.closedExplanation(account, date, minutes)));
                continue;
            }
            Stop stop = new Stop(account.id().toString(), loc(account.location()), Duration.ofMinutes(minutes), windows,
                    s.priority() == null ? DEFAULT_PRIORITY : s.priority(), !Boolean.FALSE.equals(s.mandatory()), 0);
            stops.add(stop);
        }

        RouteOptimizationRequest.Hours hours = request.workingHours() == null
                ? new RouteOptimizationRequest.Hours(settings.dayStart, settings.dayEnd) : request.workingHours();
        if (!hours.from().isBefore(hours.to())) throw new InvalidFieldException("workingHours.to", "must be after workingHours.from");
        Location home = rep.homeBase() != null ? loc(rep.homeBase())
                : stops.isEmpty() ? loc(byId.values().iterator().next().location()) : stops.get(0).location();
        Vehicle vehicle = new Vehicle(OptimizationDay.VEHICLE, home, rep.homeBase() == null ? null : home,
                window(date, zone, hours.from(), hours.to()).from(), window(date, zone, hours.from(), hours.to()).to(),
                lunch(request.lunch(), date, zone, underWay), 0, settings.travel());
        int seconds = request.timeLimitSeconds() == null ? settings.defaultTimeLimitSeconds : request.timeLimitSeconds();
        List<String> currentOrder = stops.stream().map(Stop::id).toList();
        RouteProblem problem = RouteProblem.of(List.of(vehicle), stops, settings.travel(), Duration.ofSeconds(seconds))
                .withCurrentOrder(Map.of(OptimizationDay.VEHICLE, currentOrder));
        DayUnderWay day = underWay(underWay, plan, visited, byId, zone);
        if (day != null) {
            problem = problem.resume(day);
        }
        problem = fromDayStart(problem, byId, leftOut);
        return new OptimizationDay(rep, date, zone, plan == null ? null : plan.id(), hours.from(), problem, byId,
                leftOut, List.copyOf(visited.stream().filter(id -> byId.containsKey(id.toString())).toList()), requested);
    }

    /**
     * The engine counts time from the (re)start of the day: windows opening earlier start then, and a stop whose
     * windows all close before it is left out here with its reason.
     */
    private static RouteProblem fromDayStart(RouteProblem problem, Map<String, AccountView> byId,
            List<RouteOptimizationAnswer.LeftOut> leftOut) {
        Instant start = problem.vehicles().get(0).shiftStart();
        List<Stop> kept = new ArrayList<>();
        for (Stop s : problem.stops()) {
            List<TimeWindow> open = s.windows().stream().filter(w -> !w.to().isBefore(start))
                    .map(w -> w.from().isBefore(start) ? new TimeWindow(start, w.to()) : w).toList();
            if (!s.windows().isEmpty() && open.isEmpty()) {
                AccountView account = byId.get(s.id());
                leftOut.add(new RouteOptimizationAnswer.LeftOut(account.id(), account.name(), "CANNOT_FIT_TIME_WINDOW",
                        "its time windows close by " + s.windows().get(s.windows().size() - 1).to()
                                + ", before the day starts at " + start));
            } else {
                kept.add(new Stop(s.id(), s.location(), s.service(), open, s.priority(), s.mandatory(), s.demand()));
            }
        }
        Set<String> ids = new HashSet<>(kept.stream().map(Stop::id).toList());
        Map<String, List<String>> order = new LinkedHashMap<>();
        problem.currentOrder().forEach((v, stops) -> order.put(v, stops.stream().filter(ids::contains).toList()));
        return new RouteProblem(problem.vehicles(), kept, problem.travel(), problem.timeLimit(), order, problem.seed());
    }

    private DayUnderWay underWay(RouteOptimizationRequest.UnderWay given, RoutePlanView plan, Set<UUID> visited,
            Map<String, AccountView> byId, ZoneId zone) {
        Set<String> done = new HashSet<>();
        visited.forEach(id -> done.add(id.toString()));
        if (given != null) {
            String current = given.currentAccountId() == null ? null : given.currentAccountId().toString();
            if (current != null && !byId.containsKey(current)) {
                throw new InvalidFieldException("underWay.currentAccountId", "is not one of the stops");
            }
            if (current != null && given.currentEndsAt() == null) {
                throw new InvalidFieldException("underWay.currentEndsAt", "is required with currentAccountId");
            }
            return new DayUnderWay(OptimizationDay.VEHICLE, loc(given.position()), given.at(), done, current,
                    given.currentEndsAt());
        }
        if (plan == null || visited.isEmpty()) return null;
        // a plan under way without a position: the rep is at the last visited stop, leaving when it was planned to end
        RoutePlanView.Stop last = plan.stops().stream().filter(s -> s.status() == RouteStopStatus.VISITED)
                .max(java.util.Comparator.comparing(RoutePlanView.Stop::plannedDeparture)).orElseThrow();
        Instant at = last.plannedDeparture().isAfter(clock.instant()) ? last.plannedDeparture() : clock.instant();
        return new DayUnderWay(OptimizationDay.VEHICLE, loc(byId.get(last.accountId().toString()).location()), at, done,
                null, null);
    }

    private LunchBreak lunch(RouteOptimizationRequest.Lunch given, LocalDate date, ZoneId zone,
            RouteOptimizationRequest.UnderWay underWay) {
        if (underWay != null && Boolean.TRUE.equals(underWay.hadLunch())) return null;
        LocalTime from = given == null ? settings.lunchFrom : given.from();
        LocalTime to = given == null ? settings.lunchTo : given.to();
        Duration length = given == null ? settings.lunch : Duration.ofMinutes(given.minutes());
        if (length.isZero()) return null;
        if (from.plus(length).isAfter(to) || !from.isBefore(to)) {
            throw new InvalidFieldException("lunch.to", "leaves no room for a break of lunch.minutes after lunch.from");
        }
        TimeWindow w = window(date, zone, from, to);
        return new LunchBreak(w.from(), w.to(), length);
    }

    static TimeWindow window(LocalDate date, ZoneId zone, LocalTime from, LocalTime to) {
        return new TimeWindow(date.atTime(from).atZone(zone).toInstant(), date.atTime(to).atZone(zone).toInstant());
    }

    static Location loc(GeoPoint point) {
        return Location.geo(point.lat(), point.lon());
    }

    private static RouteOptimizationRequest.Stop fromPlan(RoutePlanView.Stop s) {
        return new RouteOptimizationRequest.Stop(s.accountId(), s.visitMinutes(), s.timeWindow() == null ? null
                : new RouteOptimizationRequest.Hours(s.timeWindow().from(), s.timeWindow().to()), s.priority(), true);
    }
}
