package com.salesos.workflow;

import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Assumptions;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Moves the cluster's clock with the scenarios' hand-moved clock (the cluster's clock API, which Camunda runs only
 * with {@code ZEEBE_CLOCK_CONTROLLED=true}); on a cluster without it, scenarios that move the clock are skipped.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ZeebeScenarioConfiguration {

    @Bean
    InitializingBean clusterClock(MutableClock clock, CamundaClient client) {
        return () -> clock.onAdvance(now -> {
            try {
                client.newPinClockCommand().time(now).send().join();
            } catch (RuntimeException e) {
                Assumptions.abort("the cluster's clock cannot be moved (start it with ZEEBE_CLOCK_CONTROLLED=true): "
                        + e.getMessage());
            }
        });
    }
}
