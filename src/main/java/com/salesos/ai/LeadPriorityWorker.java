package com.salesos.ai;

import java.util.Map;
import java.util.UUID;

import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import org.springframework.stereotype.Component;

/** {@code ai.lead-priority}: reads {@code leadId}, writes {@code priority}, {@code priorityScore}, {@code priorityReason}. */
@Component
class LeadPriorityWorker implements JobWorker {

    private final LeadPriorityScorer scorer;

    LeadPriorityWorker(LeadPriorityScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public String type() {
        return "ai.lead-priority";
    }

    @Override
    public Map<String, Object> handle(Job job) {
        UUID leadId = job.variable("leadId", UUID.class);
        LeadPriority priority = SystemCaller.call(() -> scorer.score(leadId));
        return Map.of("priority", priority.priority(), "priorityScore", priority.score(),
                "priorityReason", priority.reason());
    }
}
