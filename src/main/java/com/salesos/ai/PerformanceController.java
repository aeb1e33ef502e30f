package com.salesos.ai;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Performance insights: a rep for themselves, a manager for the team, sales ops for anyone. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN')")
class PerformanceController {

    private final PerformanceAnalyst analyst;

    PerformanceController(PerformanceAnalyst analyst) {
        this.analyst = analyst;
    }

    @PostMapping("/api/v1/sales-reps/ai/performance-insights")
    PerformanceInsights performanceInsights(@RequestBody PerformanceInsightsRequest request) {
        return analyst.analyse(request);
    }
}
