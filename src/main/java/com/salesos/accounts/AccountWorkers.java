package com.salesos.accounts;

import java.util.Map;
import java.util.UUID;

import com.salesos.security.SystemActor;
import com.salesos.workflow.JobWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accounts feature's job workers. */
@Configuration(proxyBeanMethods = false)
class AccountWorkers {

    /**
     * {@code accounts.update-cadence}: reads {@code accountId} and {@code cadenceDays} (the {@code visit-cadence}
     * decision's result, a number or {@code {cadenceDays: n}}); idempotent, the same cadence twice changes nothing.
     */
    @Bean
    JobWorker accountsUpdateCadence(AccountService accounts) {
        return JobWorker.of("accounts.update-cadence", job -> {
            UUID accountId = job.variable("accountId", UUID.class);
            Object decided = job.variables().get("cadenceDays");
            if (decided instanceof Map<?, ?> map) {
                decided = map.get("cadenceDays");
            }
            if (!(decided instanceof Number days)) {
                throw new IllegalStateException("cadenceDays is not a number: " + decided);
            }
            SystemActor.call("process:" + job.bpmnProcessId(),
                    () -> accounts.decideVisitCadence(accountId, days.intValue()));
            return Map.of();
        });
    }
}
