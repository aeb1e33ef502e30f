package com.salesos.workflow.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.salesos.SalesOsApplication;
import com.salesos.SalesOsTest;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import com.salesos.workflow.Workflow;
import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The engine is chosen by configuration: embedded by default with no Camunda client, or Zeebe with no embedded engine. */
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

    @Test
    void zeebeApplicationStartsNoEmbeddedEngineDeploysItsModelsAndPollsJobsThroughTheClient() throws Exception {
        try (ClusterStub cluster = ClusterStub.start()) {
            cluster.on("POST", "/v2/deployments", 200, "{\"deploymentKey\":\"1\",\"deployments\":[]}");
            cluster.on("POST", "/v2/jobs/activation", 200, "{\"jobs\":[]}");
            JobWorker probe = new JobWorker() {
                @Override
                public String type() {
                    return "probe.run";
                }

                @Override
                public Map<String, Object> handle(Job job) {
                    return Map.of();
                }
            };
            try (ConfigurableApplicationContext zeebe = new SpringApplicationBuilder(SalesOsApplication.class)
                    .initializers(c -> c.getBeanFactory().registerSingleton("probeWorker", probe))
                    .properties("salesos.workflow.engine=zeebe", "server.port=0",
                            "camunda.client.rest-address=" + cluster.address(),
                            "camunda.client.grpc-address=http://127.0.0.1:1",
                            "camunda.client.prefer-rest-over-grpc=true",
                            "camunda.client.worker.poll-interval=100ms")
                    .run()) {

                assertThat(zeebe.getBean(Workflow.class)).isInstanceOf(ZeebeWorkflow.class);
                assertThat(Arrays.stream(zeebe.getBeanDefinitionNames()).map(zeebe::getType)
                        .filter(t -> t != null && t.getPackageName().equals("com.salesos.workflow.embedded"))
                        .map(Class::getSimpleName))
                        .containsOnly("EngineConfiguration", "WorkflowProperties", "ModelFolders");
                assertThat(cluster.only("POST", "/v2/deployments").body())
                        .contains("filename=\"quote-to-commission.bpmn\"", "filename=\"pricing-guardrails.dmn\"");
                // a JobWorker bean of the application polls the cluster for its job type
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(cluster
                        .requests("POST", "/v2/jobs/activation").stream().map(r -> r.json().get("type").asText()))
                        .contains("probe.run"));
            }
        }
    }
}
