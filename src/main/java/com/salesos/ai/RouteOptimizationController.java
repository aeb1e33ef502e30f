package com.salesos.ai;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Route optimisation: synchronous for a few seconds of search, or as a polled background run. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN')")
class RouteOptimizationController {

    private static final String BASE = "/api/v1/sales-reps/ai/route-optimization";

    private final RouteOptimizer optimizer;
    private final RouteOptimizationRuns runs;

    RouteOptimizationController(RouteOptimizer optimizer, RouteOptimizationRuns runs) {
        this.optimizer = optimizer;
        this.runs = runs;
    }

    @PostMapping(BASE)
    RouteOptimizationAnswer optimize(@Valid @RequestBody RouteOptimizationRequest request) {
        return optimizer.optimize(request);
    }

    @PostMapping(BASE + "/runs")
    ResponseEntity<RouteOptimizationRuns.RunView> start(@Valid @RequestBody RouteOptimizationRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(runs.start(request));
    }

    @GetMapping(BASE + "/runs/{id}")
    RouteOptimizationRuns.RunView run(@PathVariable UUID id) {
        return runs.view(id);
    }

    @PostMapping(BASE + "/runs/{id}/cancel")
    RouteOptimizationRuns.RunView cancel(@PathVariable UUID id) {
        return runs.cancel(id);
    }
}
