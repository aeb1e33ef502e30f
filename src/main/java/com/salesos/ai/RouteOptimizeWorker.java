package com.salesos.ai;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import org.springframework.stereotype.Component;

/**
 * {@code ai.route-optimize}: reads {@code repId}, {@code routeDate}; re-optimises and rewrites the rep's plan of the
 * day (visited stops stay) and writes {@code routePlanId} (null without a plan) and {@code firstStops} (account names).
 */
@Component
class RouteOptimizeWorker implements JobWorker {

    private final RouteOptimizer optimizer;

    RouteOptimizeWorker(RouteOptimizer optimizer) {
        this.optimizer = optimizer;
    }

    @Override
    public String type() {
        return "ai.route-optimize";
    }

    @Override
    public Map<String, Object> handle(Job job) {
        UUID repId = job.variable("repId", UUID.class);
        LocalDate date = LocalDate.parse(job.variable("routeDate", String.class));
        RouteOptimizationAnswer answer = SystemCaller.call(() -> optimizer.optimizeDay(repId, date));
        Map<String, Object> out = new HashMap<>();
        out.put("routePlanId", answer == null || answer.routePlanId() == null ? null : answer.routePlanId().toString());
        out.put("firstStops", answer == null ? List.of()
                : answer.stops().stream().limit(3).map(RouteOptimizationAnswer.PlannedStop::accountName).toList());
        return out;
    }
}
