package com.salesos.ai;

import java.net.URI;

import com.salesos.routes.NewRoutePlan;
import com.salesos.routes.RoutePlanView;
import com.salesos.routes.RouteService;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Visit planning: propose the next working days; accepting a day (its stops in the proposed order) plans it. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN')")
class VisitPlanController {

    private final VisitPlanner planner;
    private final RouteService routes;

    VisitPlanController(VisitPlanner planner, RouteService routes) {
        this.planner = planner;
        this.routes = routes;
    }

    @PostMapping("/api/v1/sales-reps/ai/visit-plan")
    VisitPlan propose(@Valid @RequestBody VisitPlanRequest request) {
        return planner.propose(request);
    }

    @PostMapping("/api/v1/sales-reps/ai/visit-plan/accept")
    ResponseEntity<RoutePlanView> accept(@Valid @RequestBody NewRoutePlan day) {
        RoutePlanView plan = routes.plan(day);
        return ResponseEntity.created(URI.create("/api/v1/route-plans/" + plan.id())).body(plan);
    }
}
