package com.salesos.workflow.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.salesos.workflow.BpmnError;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobFailure;
import com.salesos.workflow.JobWorker;
import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A port job worker as a Camunda job worker: jobs come from the stub's activation endpoint, outcomes go back. */
class ZeebeJobWorkersTests {

    private ClusterStub cluster;
    private CamundaClient client;
    private ZeebeJobWorkers workers;
    private final List<Job> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        cluster = ClusterStub.start();
        client = cluster.client();
        cluster.on("POST", "/v2/jobs/\\d+/(completion|error|failure)", 204, null);
        AtomicBoolean handedOut = new AtomicBoolean();
        // one job the first time a worker asks, then nothing (as a cluster with one waiting task would)
        cluster.on("POST", "/v2/jobs/activation", r -> new ClusterStub.Answer(200, handedOut.getAndSet(true)
                ? "{\"jobs\":[]}" : """
                {"jobs":[{"jobKey":"101","type":"quotes.price","processInstanceKey":"51",
                  "processDefinitionId":"quote_approval","processDefinitionVersion":3,"processDefinitionKey":"21",
                  "elementId":"task_price","elementInstanceKey":"102","customHeaders":{"channel":"field"},
                  "worker":"salesos-quotes.price","retries":3,"deadline":4102444800000,
                  "variables":{"qty":3,"unitPrice":10.5},"tenantId":"<default>","kind":"BPMN_ELEMENT",
                  "listenerEventType":"UNSPECIFIED"}]}"""));
    }

    @AfterEach
    void close() {
        if (workers != null) {
            workers.stop();
        }
        client.close();
        cluster.close();
    }

    private void run(Function<Job, Map<String, Object>> behaviour) {
        workers = new ZeebeJobWorkers(client, List.of(new JobWorker() {
            @Override
            public String type() {
                return "quotes.price";
            }

            @Override
            public Map<String, Object> handle(Job job) {
                seen.add(job);
                return behaviour.apply(job);
            }
        }), new CamundaClientProperties.Worker(4, 2, Duration.ofMinutes(1), Duration.ofMillis(50)));
        workers.start();
    }

    @Test
    void workerGetsVariablesAndHeadersAndItsResultCompletesTheJob() {
        run(job -> Map.of("total", job.variable("qty", Integer.class) * job.variable("unitPrice", Double.class)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !cluster.requests("POST", "/v2/jobs/101/completion").isEmpty());

        var activation = cluster.requests("POST", "/v2/jobs/activation").get(0).json();
        assertThat(activation.get("type").asText()).isEqualTo("quotes.price");
        assertThat(seen).singleElement().satisfies(job -> {
            assertThat(job.header("channel")).isEqualTo("field");
            assertThat(job.bpmnProcessId()).isEqualTo("quote_approval");
            assertThat(job.elementId()).isEqualTo("task_price");
        });
        assertThat(cluster.only("POST", "/v2/jobs/101/completion").json().get("variables").get("total").asDouble())
                .isEqualTo(31.5);
    }

    @Test
    void bpmnErrorIsThrownToTheClusterWithItsCodeAndVariables() {
        run(job -> {
            throw new BpmnError("OUT_OF_STOCK", "only 3 left", Map.of("available", 3));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !cluster.requests("POST", "/v2/jobs/101/error").isEmpty());

        var body = cluster.only("POST", "/v2/jobs/101/error").json();
        assertThat(body.get("errorCode").asText()).isEqualTo("OUT_OF_STOCK");
        assertThat(body.get("errorMessage").asText()).isEqualTo("only 3 left");
        assertThat(body.get("variables").get("available").asInt()).isEqualTo(3);
    }

    @Test
    void failureReportsOneRetryLessAndTheWorkersBackoff() {
        run(job -> {
            throw new JobFailure("CRM down", Duration.ofSeconds(30));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !cluster.requests("POST", "/v2/jobs/101/failure").isEmpty());

        var body = cluster.only("POST", "/v2/jobs/101/failure").json();
        assertThat(body.get("retries").asInt()).isEqualTo(2);
        assertThat(body.get("retryBackOff").asLong()).isEqualTo(30_000L);
        assertThat(body.get("errorMessage").asText()).isEqualTo("CRM down");
        assertThat(cluster.requests("POST", "/v2/jobs/101/completion")).isEmpty();
    }
}
