package com.salesos.ai;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountView;
import com.salesos.reps.RepView;
import com.salesos.routing.RouteProblem;

/**
 * A rep's day turned into a routing problem: the problem itself (already resumed when the day is under way), the
 * accounts behind its stop ids, the stops left out before planning (closed that day, cancelled), the visited ones
 * and the stops as the caller described them (for writing the route plan).
 */
record OptimizationDay(RepView rep, LocalDate date, ZoneId zone, UUID routePlanId, LocalTime dayStart,
        RouteProblem problem, Map<String, AccountView> accounts, List<RouteOptimizationAnswer.LeftOut> leftOutUpFront,
        List<UUID> visited, Map<String, RouteOptimizationRequest.Stop> requested) {

    static final String VEHICLE = "rep";
}
