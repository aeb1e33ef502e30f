package com.salesos.schedules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.routes.RouteDayClosing;
import com.salesos.workflow.JobWorker;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code routes.close-day} of {@code daily-route-start}: reads {@code routePlanId} (null when the rep had no plan);
 * skips the stops not visited and writes {@code unvisitedStops} (their count) and {@code missedStops} (each
 * {@code {stopId, accountId, accountName, sequence}}), which the process turns into one follow-up task per stop.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulesProperties.class)
class RouteDayWorkers {

    @Bean
    JobWorker routesCloseDay(RouteDayClosing closing) {
        return JobWorker.of("routes.close-day", job -> {
            UUID planId = job.variable("routePlanId", UUID.class);
            List<RouteDayClosing.MissedStop> missed = planId == null ? List.of() : closing.closeDay(planId);
            Map<String, Object> out = new HashMap<>();
            out.put("unvisitedStops", missed.size());
            out.put("missedStops", missed.stream().map(s -> {
                Map<String, Object> stop = new HashMap<>();
                stop.put("stopId", s.stopId().toString());
                stop.put("accountId", s.accountId().toString());
                stop.put("accountName", s.accountName());
                stop.put("sequence", s.sequence());
                return stop;
            }).toList());
            return out;
        });
    }
}
