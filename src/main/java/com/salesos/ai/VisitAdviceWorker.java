package com.salesos.ai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import org.springframework.stereotype.Component;

/** {@code ai.visit-advice}: reads {@code visitId}, writes {@code advice} for the visit follow-up process. */
@Component
class VisitAdviceWorker implements JobWorker {

    private final FollowUpAdvisor advisor;

    VisitAdviceWorker(FollowUpAdvisor advisor) {
        this.advisor = advisor;
    }

    @Override
    public String type() {
        return "ai.visit-advice";
    }

    @Override
    public Map<String, Object> handle(Job job) {
        UUID visitId = job.variable("visitId", UUID.class);
        FollowUpAdvice advice = SystemCaller.call(() -> advisor.afterVisit(visitId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", advice.outcome());
        out.put("followUpDue", advice.followUpDue().toString());
        out.put("potential", advice.potential());
        out.put("summary", advice.summary());
        return Map.of("advice", out);
    }
}
