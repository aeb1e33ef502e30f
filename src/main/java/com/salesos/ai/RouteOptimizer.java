package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.salesos.accounts.AccountView;
import com.salesos.platform.GeoPoint;
import com.salesos.routes.NewRoutePlan;
import com.salesos.routes.RouteService;
import com.salesos.routing.Location;
import com.salesos.routing.PlannedRoute;
import com.salesos.routing.PlannedVisit;
import com.salesos.routing.RoutePlan;
import com.salesos.routing.RoutePlanner;
import com.salesos.routing.Stop;
import com.salesos.routing.TimeWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Optimises a rep's day with the route engine and, when asked, writes the new order to the route plan. */
@Service
public class RouteOptimizer {

    private final OptimizationDays days;
    private final RoutePlanner planner;
    private final RouteService routes;
    private final AiSettings settings;

    RouteOptimizer(OptimizationDays days, RoutePlanner planner, RouteService routes, AiSettings settings) {
        this.days = days;
        this.planner = planner;
        this.routes = routes;
        this.settings = settings;
    }

    /** Plans in the calling thread for the request's time limit; see {@link OptimizationDays#build} for errors. */
    @Transactional
    public RouteOptimizationAnswer optimize(RouteOptimizationRequest request) {
        OptimizationDay day = days.build(request);
        RouteOptimizationAnswer answer = answer(day, planner.plan(day.problem()));
        return request.applies() ? apply(day, answer) : answer;
    }

    /** Re-optimises and rewrites the rep's live plan of the day; null when there is none or it has no stops. */
    @Transactional
    public RouteOptimizationAnswer optimizeDay(UUID repId, java.time.LocalDate date) {
        var plans = routes.list(new com.salesos.routes.RoutePlanFilter(repId, date, date),
                org.springframework.data.domain.PageRequest.of(0, 5)).items().stream()
                .filter(p -> p.status() != com.salesos.routes.RoutePlanStatus.CANCELLED
                        && p.status() != com.salesos.routes.RoutePlanStatus.COMPLETED)
                .toList();
        if (plans.isEmpty() || plans.get(0).stops().isEmpty()) return null;
        return optimize(new RouteOptimizationRequest(null, null, plans.get(0).id(), null, null, null, null, true, null));
    }

    OptimizationDay prepare(RouteOptimizationRequest request) {
        return days.build(request);
    }

    RouteOptimizationAnswer apply(OptimizationDay day, RouteOptimizationAnswer answer) {
        if (answer.stops().isEmpty()) return answer;
        List<NewRoutePlan.NewStop> ordered = answer.stops().stream().map(s -> newStop(day, s)).toList();
        var vehicle = day.problem().vehicles().get(0);
        GeoPoint from = new GeoPoint(vehicle.start().latitude(), vehicle.start().longitude());
        UUID planId = routes.rewrite(new NewRoutePlan(day.rep().id(), day.date(), ordered), day.dayStart(),
                vehicle.shiftStart(), from).id();
        return new RouteOptimizationAnswer(answer.repId(), answer.date(), answer.timeZone(), planId, true,
                answer.visited(), answer.stops(), answer.leftOut(), answer.totals(), answer.improvement(), answer.search());
    }

    private static NewRoutePlan.NewStop newStop(OptimizationDay day, RouteOptimizationAnswer.PlannedStop planned) {
        Stop stop = day.problem().stops().stream().filter(s -> s.id().equals(planned.accountId().toString())).findFirst()
                .orElseThrow();
        // the route plan keeps one start window: the one the planned visit starts in
        NewRoutePlan.TimeWindow window = stop.windows().stream()
                .filter(w -> !planned.start().isBefore(w.from()) && !planned.start().isAfter(w.to()))
                .map(w -> new NewRoutePlan.TimeWindow(local(day, w.from()), local(day, w.to())))
                .filter(w -> w.from().isBefore(w.to())).findFirst().orElse(null);
        return new NewRoutePlan.NewStop(planned.accountId(), (int) stop.service().toMinutes(), window, stop.priority());
    }

    RouteOptimizationAnswer answer(OptimizationDay day, RoutePlan plan) {
        List<RouteOptimizationAnswer.PlannedStop> stops = new ArrayList<>();
        PlannedRoute route = plan.routes().isEmpty() ? null : plan.routes().get(0);
        Location here = day.problem().vehicles().get(0).start();
        long visitMinutes = 0;
        if (route != null) {
            for (PlannedVisit v : route.visits()) {
                Stop stop = day.problem().stops().stream().filter(s -> s.id().equals(v.stopId())).findFirst().orElseThrow();
                AccountView account = day.accounts().get(v.stopId());
                stops.add(new RouteOptimizationAnswer.PlannedStop(stops.size() + 1, account.id(), account.name(),
                        v.arrival(), v.start(), v.departure(), v.waiting().toMinutes(),
                        km(settings.travel().distance(here, stop.location())),
                        Math.round(settings.travel().seconds(here, stop.location()) / 60)));
                here = stop.location();
                visitMinutes += stop.service().toMinutes();
            }
        }
        List<RouteOptimizationAnswer.LeftOut> leftOut = new ArrayList<>(day.leftOutUpFront());
        plan.leftOut().forEach(l -> leftOut.add(new RouteOptimizationAnswer.LeftOut(UUID.fromString(l.stopId()),
                day.accounts().get(l.stopId()).name(), l.reason().name(), l.explanation())));
        RouteOptimizationAnswer.Totals totals = new RouteOptimizationAnswer.Totals(
                route == null ? null : route.departure(), route == null ? null : route.end(),
                route == null ? null : route.lunchStart(), km(plan.totalDistance()), plan.totalTravelTime().toMinutes(),
                route == null ? 0 : route.waiting().toMinutes(), visitMinutes, stops.size());
        return new RouteOptimizationAnswer(day.rep().id(), day.date(), day.zone().getId(), day.routePlanId(), false,
                day.visited(), stops, leftOut, totals, improvement(plan),
                new RouteOptimizationAnswer.Search(plan.search().iterations(), plan.search().elapsed().toMillis(),
                        plan.cancelled()));
    }

    private static RouteOptimizationAnswer.Improvement improvement(RoutePlan plan) {
        var i = plan.improvement();
        if (i == null) return null;
        String summary = String.format(java.util.Locale.ROOT,
                "the current order drives %.1f km in %d min with %d late visit(s); the optimised order saves %.1f km and %d min",
                i.currentDistance() / 1000, i.currentTravelTime().toMinutes(), i.currentLateVisits(),
                i.distanceSaved() / 1000, i.travelTimeSaved().toMinutes());
        return new RouteOptimizationAnswer.Improvement(km(i.currentDistance()), i.currentTravelTime().toMinutes(),
                i.currentLateVisits(), km(i.distanceSaved()), i.travelTimeSaved().toMinutes(),
                BigDecimal.valueOf(i.distanceSavedPercent()).setScale(1, RoundingMode.HALF_UP), summary);
    }

    private static LocalTime local(OptimizationDay day, Instant instant) {
        return instant.atZone(day.zone()).toLocalTime();
    }

    private static BigDecimal km(double metres) {
        return BigDecimal.valueOf(metres / 1000).setScale(2, RoundingMode.HALF_UP);
    }
}
