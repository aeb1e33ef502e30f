package com.salesos.workflow.zeebe;

import static com.salesos.workflow.zeebe.ClusterStub.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import com.salesos.SalesOsApplication;
import com.salesos.workflow.JobWorker;
import com.salesos.workflow.Workflow;
import io.camunda.zeebe.model.bpmn.Bpmn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application with {@code salesos.workflow.engine=zeebe} (its own context, against the REST stub): no embedded
 * engine, its models deployed and its job workers polling through the client; the sales-ops workbench's monitoring
 * pages answer from the cluster's search API, and a cluster that is down is a 503 on the API and the pages.
 */
class ZeebeApplicationTests {

    private static final RequestPostProcessor OPS = user("ops-zeebe").roles("SALES_OPS");
    private static final String PROCESS = """
            {"items":[{"processDefinitionKey":"21","processDefinitionId":"quote_approval","name":"Quote approval",
              "version":3,"resourceName":"quote.bpmn","tenantId":"<default>"}],"page":{"totalItems":1}}""";
    private static final String NONE = "{\"items\":[],\"page\":{\"totalItems\":0}}";

    private static ClusterStub cluster;
    private static ConfigurableApplicationContext application;
    private static MockMvc mvc;

    @BeforeAll
    static void start() throws Exception {
        cluster = ClusterStub.start();
        // first, so that every later route wins: any other search (the application's background work) finds nothing
        cluster.on("POST", "/v2/.*/search", 200, NONE);
        cluster.on("POST", "/v2/deployments", 200, "{\"deploymentKey\":\"1\",\"deployments\":[]}");
        cluster.on("POST", "/v2/jobs/activation", 200, "{\"jobs\":[]}");
        cluster.on("POST", "/v2/process-definitions/search", 200, PROCESS);
        cluster.on("POST", "/v2/decision-definitions/search", 200, NONE);
        cluster.on("GET", "/v2/process-definitions/21/xml", r -> new ClusterStub.Answer(200, Bpmn.convertToString(
                Bpmn.createExecutableProcess("quote_approval").startEvent("start").userTask("task_approve",
                        t -> t.name("Approve discount").zeebeUserTask()).endEvent("done").done()), "text/xml"));
        JobWorker probe = JobWorker.of("probe.run", job -> Map.of());
        application = new SpringApplicationBuilder(SalesOsApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("probeWorker", probe))
                .properties("salesos.workflow.engine=zeebe", "server.port=0",
                        "camunda.client.rest-address=" + cluster.address(),
                        "camunda.client.grpc-address=http://127.0.0.1:1",
                        "camunda.client.prefer-rest-over-grpc=true",
                        "camunda.client.request-timeout=5s", "camunda.client.worker.poll-interval=100ms")
                .run();
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) application)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
        cluster.close();
    }

    private static Document page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void theApplicationStartsNoEmbeddedEngineDeploysItsModelsAndPollsJobsThroughTheClient() {
        assertThat(application.getBean(Workflow.class)).isInstanceOf(ZeebeWorkflow.class);
        assertThat(Arrays.stream(application.getBeanDefinitionNames()).map(application::getType)
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

    @Test
    void instanceSearchPageListsTheClustersInstancesWithTheirBusinessKeys() throws Exception {
        cluster.on("POST", "/v2/process-instances/search", 200, """
                {"items":[{"processInstanceKey":"51","processDefinitionId":"quote_approval",
                  "processDefinitionVersion":3,"processDefinitionKey":"21","state":"ACTIVE","hasIncident":true,
                  "startDate":"2025-01-02T10:00:00.000Z"}],"page":{"totalItems":1}}""");
        cluster.on("POST", "/v2/variables/search", 200, """
                {"items":[{"variableKey":"61","name":"businessKey","value":"\\"quote-7\\"","scopeKey":"51",
                  "processInstanceKey":"51","isTruncated":false}],"page":{"totalItems":1}}""");

        Document page = page(mvc.perform(get("/ops/instances").param("process", "quote_approval")
                .param("state", "INCIDENT").with(OPS)).andExpect(status().isOk()));

        assertThat(page.select("tr.state-INCIDENT").text()).contains("51", "quote-7");
        var filter = cluster.requests("POST", "/v2/process-instances/search").get(0).json().get("filter");
        assertThat(filter.get("processDefinitionId").get("$eq").asText()).isEqualTo("quote_approval");
        assertThat(filter.get("hasIncident").asBoolean()).isTrue();
    }

    @Test
    void aProcessVersionsDiagramCarriesTheClustersTokensAndIncidents() throws Exception {
        cluster.on("POST", "/v2/process-definitions/21/statistics/element-instances", 200, """
                {"items":[{"elementId":"task_approve","active":2,"canceled":0,"incidents":1,"completed":5},
                 {"elementId":"start","active":0,"canceled":0,"incidents":0,"completed":8}]}""");

        Document page = page(mvc.perform(get("/ops/models/21").with(OPS)).andExpect(status().isOk()));

        assertThat(page.select("g[data-element-id=task_approve] .badge.tokens text").text()).isEqualTo("3");
        assertThat(page.select("g[data-element-id=task_approve] .badge.incidents text").text()).isEqualTo("1");
        assertThat(page.select("g[data-element-id=start] .badge")).isEmpty();
    }

    @Test
    void whereWorkWaitsPageDrawsTheElementDurationsOfTheCluster() throws Exception {
        Instant start = Instant.now().minusSeconds(3600);
        cluster.on("POST", "/v2/element-instances/search", 200, """
                {"items":[{"elementInstanceKey":"71","processInstanceKey":"51","processDefinitionKey":"21",
                  "processDefinitionId":"quote_approval","elementId":"task_approve","type":"USER_TASK",
                  "state":"COMPLETED","startDate":"%s","endDate":"%s"}],"page":{"totalItems":1}}"""
                .formatted(start, start.plusSeconds(600)));

        Document page = page(mvc.perform(get("/ops/waits").param("process", "quote_approval").param("days", "7")
                .with(OPS)).andExpect(status().isOk()));

        // element, count, average, p90: one approval that took ten minutes
        assertThat(page.select("tr:has(code)").get(0).select("td").eachText())
                .containsExactly("task_approve", "1", "10m", "10m");
        var filter = cluster.requests("POST", "/v2/element-instances/search").get(0).json().get("filter");
        assertThat(filter.get("processDefinitionId").asText()).isEqualTo("quote_approval");
    }

    @Test
    void aClusterThatIsDownIsA503OnTheApiAndOnThePages() throws Exception {
        cluster.on("GET", "/v2/process-instances/59", r -> problem(503, "UNAVAILABLE", "the cluster is starting"));
        cluster.on("POST", "/v2/process-definitions/search", r -> problem(503, "UNAVAILABLE",
                "the cluster is starting"));
        try {
            mvc.perform(get("/api/v1/process-instances/59").with(OPS)).andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                            "the cluster is starting")));
            Document page = page(mvc.perform(get("/ops/instances").with(OPS))
                    .andExpect(status().isServiceUnavailable()));
            assertThat(page.select("[role=alert]").text()).contains("the cluster is starting");
        } finally {
            cluster.on("POST", "/v2/process-definitions/search", 200, PROCESS);
        }
    }
}
