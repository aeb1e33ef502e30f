package com.salesos.workflow.zeebe;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesos.SalesOsTest;
import com.salesos.workflow.Workflow;
import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The engine is chosen by configuration: embedded by default with no Camunda client (here); Zeebe with no embedded
 * engine in {@link ZeebeApplicationTests}, which starts such an application once.
 */
@SalesOsTest
class EngineSelectionTests {

    @Autowired
    ApplicationContext context;

    @Test
    void defaultApplicationRunsTheEmbeddedEngineAndHasNoCamundaClient() {
        assertThat(context.getBeanNamesForType(CamundaClient.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ZeebeJobWorkers.class)).isEmpty();
        assertThat(context.getBean(Workflow.class).getClass().getPackageName())
                .isEqualTo("com.salesos.workflow.embedded");
    }
}
