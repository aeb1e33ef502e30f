package com.salesos.integration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.salesos.workflow.JobWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code notifications.send} for every process: a {@value EventTypes#NOTIFICATION_REQUESTED} event for the
 * notification system with the task's {@code template} and {@code recipients} headers and the ids it is about.
 */
@Configuration(proxyBeanMethods = false)
class NotificationWorkers {

    private static final String[] SUBJECT_IDS = {"quoteId", "orderId", "commissionId", "visitId", "leadId",
            "routePlanId", "disputeId", "repId", "managerRepId"};
    /** Facts a template shows besides the ids: the morning's first stops, a dispute's outcome. */
    private static final String[] FACTS = {"routeDate", "firstStops", "resolution", "resolvedAmount"};

    @Bean
    JobWorker notificationsSend(Outbox outbox, TransactionTemplate transactions) {
        return JobWorker.of("notifications.send", job -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("template", job.header("template"));
            data.put("recipients", Arrays.asList(String.valueOf(job.header("recipients")).split(",")));
            data.put("processInstanceKey", job.processInstanceKey());
            Arrays.stream(SUBJECT_IDS).filter(id -> job.variables().get(id) != null)
                    .forEach(id -> data.put(id, job.variables().get(id)));
            Arrays.stream(FACTS).filter(fact -> job.variables().get(fact) != null)
                    .forEach(fact -> data.put(fact, job.variables().get(fact)));
            // one notification per element instance: a retried job sends nothing twice, a repeating reminder
            // (a new element instance each time) sends each reminder once
            transactions.executeWithoutResult(status -> outbox.publish("notification:" + job.elementInstanceKey(),
                    EventTypes.NOTIFICATION_REQUESTED, "process/" + job.processInstanceKey(), data));
            return Map.of();
        });
    }
}
