package com.salesos.visits;

import java.util.Map;
import java.util.UUID;

import com.salesos.security.SystemActor;
import com.salesos.workflow.JobWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Job workers of the {@code visit-follow-up} process that belong to the visit. */
@Configuration(proxyBeanMethods = false)
class VisitFollowUpWorkers {

    /**
     * {@code quotes.create-draft}: reads {@code visitId}, {@code repId}, {@code accountId}; writes {@code quoteId},
     * the visit's one draft quote (a retried job finds the first).
     */
    @Bean
    JobWorker quotesCreateDraft(VisitFollowUps followUps) {
        return JobWorker.of("quotes.create-draft", job -> {
            UUID visitId = job.variable("visitId", UUID.class);
            UUID repId = job.variable("repId", UUID.class);
            UUID accountId = job.variable("accountId", UUID.class);
            UUID quoteId = SystemActor.call("process:" + job.bpmnProcessId(),
                    () -> followUps.draftQuote(visitId, repId, accountId));
            return Map.of("quoteId", quoteId.toString());
        });
    }
}
