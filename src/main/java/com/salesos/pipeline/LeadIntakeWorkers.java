package com.salesos.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.salesos.security.SystemActor;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pipeline's job workers of the {@code lead-intake} process; each is safe to run twice. */
@Configuration(proxyBeanMethods = false)
class LeadIntakeWorkers {

    /** {@code leads.deduplicate}: reads {@code leadId}; writes {@code duplicateOf} (a lead or account id, or null) and {@code source}. */
    @Bean
    JobWorker leadsDeduplicate(LeadIntake intake) {
        return JobWorker.of("leads.deduplicate", job -> {
            LeadIntake.Duplicate found = act(job, () -> intake.deduplicate(leadId(job)));
            Map<String, Object> out = new HashMap<>();
            out.put("duplicateOf", found.duplicateOf() == null ? null : found.duplicateOf().toString());
            out.put("source", found.source().name());
            return out;
        });
    }

    /** {@code leads.close} (header {@code reason}): reads {@code leadId}, {@code duplicateOf}, {@code disqualificationReason}. */
    @Bean
    JobWorker leadsClose(LeadIntake intake) {
        return JobWorker.of("leads.close", job -> {
            String reason = job.header("reason");
            UUID duplicateOf = job.variable("duplicateOf", UUID.class);
            String why = job.variable("disqualificationReason", String.class);
            act(job, () -> {
                intake.close(leadId(job), reason, duplicateOf, why);
                return null;
            });
            return Map.of();
        });
    }

    /** {@code leads.assign-territory}: reads {@code leadId}; writes {@code territoryCode}, {@code repId}, {@code repUsername}, {@code managerRepId}. */
    @Bean
    JobWorker leadsAssignTerritory(LeadIntake intake) {
        return JobWorker.of("leads.assign-territory", job -> {
            LeadIntake.Assignment a = act(job, () -> intake.assign(leadId(job)));
            Map<String, Object> out = new HashMap<>();
            out.put("territoryCode", a.territoryCode());
            out.put("repId", a.repId().toString());
            out.put("repUsername", a.repUsername());
            out.put("managerRepId", a.managerRepId() == null ? null : a.managerRepId().toString());
            return out;
        });
    }

    /** {@code deals.create}: reads {@code leadId}, {@code repId}; writes {@code dealId} (one deal per lead). */
    @Bean
    JobWorker dealsCreate(LeadIntake intake) {
        return JobWorker.of("deals.create", job -> {
            UUID repId = job.variable("repId", UUID.class);
            UUID dealId = act(job, () -> intake.createDeal(leadId(job), repId));
            return Map.of("dealId", dealId.toString());
        });
    }

    private static UUID leadId(Job job) {
        return job.variable("leadId", UUID.class);
    }

    private static <T> T act(Job job, java.util.function.Supplier<T> work) {
        return SystemActor.call("process:" + job.bpmnProcessId(), work);
    }
}
