package com.salesos.workflow.zeebe;

import static com.salesos.workflow.zeebe.ClusterStub.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.UnavailableException;
import com.salesos.workflow.ElementDuration;
import com.salesos.workflow.ElementStatistics;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.InstanceSummary;
import com.salesos.workflow.ProcessInstance.InstanceState;
import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Test;

/** The sales-ops monitoring reads (instance search, element statistics, durations) against the stub's search API. */
class ZeebeMonitoringTests extends StubbedClusterTests {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-01-31T00:00:00Z");

    @Test
    void instanceSearchSendsProcessStateAndBusinessKeyPrefixAndReadsTheBusinessKeys() {
        cluster.on("POST", "/v2/process-instances/search", 200, """
                {"items":[
                 {"processInstanceKey":"51","processDefinitionId":"quote_approval","processDefinitionVersion":3,
                  "processDefinitionKey":"21","state":"ACTIVE","hasIncident":true,
                  "startDate":"2025-01-02T10:00:00.000Z"},
                 {"processInstanceKey":"52","processDefinitionId":"quote_approval","processDefinitionVersion":2,
                  "processDefinitionKey":"20","state":"ACTIVE","hasIncident":true,
                  "startDate":"2025-01-01T10:00:00.000Z"}],
                 "page":{"totalItems":12}}""");
        // a root businessKey for 51; 52 has only a local variable of that name, which is no business key
        cluster.on("POST", "/v2/variables/search", 200, """
                {"items":[{"variableKey":"61","name":"businessKey","value":"\\"quote-7\\"","scopeKey":"51",
                  "processInstanceKey":"51","isTruncated":false},
                 {"variableKey":"62","name":"businessKey","value":"\\"quote-7b\\"","scopeKey":"99",
                  "processInstanceKey":"52","isTruncated":false}],"page":{"totalItems":2}}""");

        var page = workflow.instances(new InstanceQuery("quote_approval", InstanceState.INCIDENT, "quote-7", 2, 5));

        JsonNode body = cluster.only("POST", "/v2/process-instances/search").json();
        JsonNode filter = body.get("filter");
        assertThat(filter.get("processDefinitionId").get("$eq").asText()).isEqualTo("quote_approval");
        assertThat(filter.get("state").get("$eq").asText()).isEqualTo("ACTIVE");
        assertThat(filter.get("hasIncident").asBoolean()).isTrue();
        assertThat(filter.get("variables").get(0).get("name").asText()).isEqualTo("businessKey");
        assertThat(filter.get("variables").get(0).get("value").get("$like").asText()).isEqualTo("\"quote-7*");
        assertThat(body.get("sort").get(0).get("field").asText()).isEqualTo("startDate");
        assertThat(body.get("sort").get(0).get("order").asText()).isEqualToIgnoringCase("desc");
        assertThat(body.get("page").get("from").asInt()).isEqualTo(10);
        assertThat(body.get("page").get("limit").asInt()).isEqualTo(5);
        JsonNode variables = cluster.only("POST", "/v2/variables/search").json().get("filter");
        assertThat(variables.get("name").get("$eq").asText()).isEqualTo("businessKey");
        assertThat(variables.get("processInstanceKey").get("$in")).extracting(JsonNode::asText)
                .containsExactly("51", "52");

        assertThat(page.total()).isEqualTo(12);
        assertThat(page.items()).extracting(InstanceSummary::key, InstanceSummary::version,
                InstanceSummary::businessKey, InstanceSummary::state).containsExactly(
                        tuple(51L, 3, "quote-7", InstanceState.INCIDENT), tuple(52L, 2, null, InstanceState.INCIDENT));
        assertThat(page.items().get(0).startedAt()).isEqualTo(Instant.parse("2025-01-02T10:00:00Z"));
    }

    @Test
    void instanceSearchMapsEachStateAndTakesWildcardsInTheBusinessKeyLiterally() {
        cluster.on("POST", "/v2/process-instances/search", 200, "{\"items\":[],\"page\":{\"totalItems\":0}}");

        workflow.instances(new InstanceQuery(null, InstanceState.ACTIVE, "a*b?", 0, 20));
        workflow.instances(new InstanceQuery(null, InstanceState.CANCELED, null, 0, 20));
        workflow.instances(new InstanceQuery(null, InstanceState.COMPLETED, null, 0, 20));

        List<ClusterStub.Request> searches = cluster.requests("POST", "/v2/process-instances/search");
        JsonNode active = searches.get(0).json().get("filter");
        assertThat(active.get("state").get("$eq").asText()).isEqualTo("ACTIVE");
        assertThat(active.get("hasIncident").asBoolean()).isFalse();
        assertThat(active.get("variables").get(0).get("value").get("$like").asText()).isEqualTo("\"a\\*b\\?*");
        assertThat(active.has("processDefinitionId")).isFalse();
        assertThat(searches.get(1).json().get("filter").get("state").get("$eq").asText()).isEqualTo("TERMINATED");
        assertThat(searches.get(2).json().get("filter").get("state").get("$eq").asText()).isEqualTo("COMPLETED");
        // no instances on the page, so no business keys to read
        assertThat(cluster.requests("POST", "/v2/variables/search")).isEmpty();
    }

    @Test
    void elementStatisticsCountIncidentsAsTokensAndLeaveIdleElementsOut() {
        cluster.on("POST", "/v2/process-definitions/21/statistics/element-instances", 200, """
                {"items":[{"elementId":"task_approve","active":4,"canceled":1,"incidents":0,"completed":9},
                 {"elementId":"call_crm","active":1,"canceled":0,"incidents":2,"completed":3},
                 {"elementId":"start","active":0,"canceled":0,"incidents":0,"completed":17}]}""");
        cluster.on("POST", "/v2/process-definitions/29/statistics/element-instances",
                r -> problem(404, "NOT_FOUND", "no process definition with key 29"));

        List<ElementStatistics> statistics = workflow.elementStatistics(21);

        cluster.only("POST", "/v2/process-definitions/21/statistics/element-instances");
        assertThat(statistics).containsExactly(new ElementStatistics("task_approve", 4, 0),
                new ElementStatistics("call_crm", 3, 2));
        assertThatThrownBy(() -> workflow.elementStatistics(29)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void durationsPageThroughTheElementInstancesThatEndedInThePeriod() {
        // first page full (1000 instances of task_approve taking 1..1000 s), second page short: two requests
        cluster.on("POST", "/v2/element-instances/search", r -> new ClusterStub.Answer(200,
                r.json().get("page").get("from").asInt() == 0 ? page(1000, "task_approve", 0)
                        : "{\"items\":[" + element(5001, "call_crm", "SERVICE_TASK", 60_000) + ","
                                + element(5002, "call_crm", "SERVICE_TASK", 120_000) + ","
                                + element(5003, "quote_approval", "PROCESS", 999_000) + "],"
                                + "\"page\":{\"totalItems\":1003}}"));

        List<ElementDuration> durations = workflow.elementDurations("quote_approval", FROM, TO);

        List<ClusterStub.Request> searches = cluster.requests("POST", "/v2/element-instances/search");
        assertThat(searches).hasSize(2);
        JsonNode filter = searches.get(0).json().get("filter");
        assertThat(filter.get("processDefinitionId").asText()).isEqualTo("quote_approval");
        // the client writes OffsetDateTime's ISO text (seconds left out when zero), which the cluster parses
        assertThat(OffsetDateTime.parse(filter.get("endDate").get("$gte").asText()).toInstant()).isEqualTo(FROM);
        assertThat(OffsetDateTime.parse(filter.get("endDate").get("$lt").asText()).toInstant()).isEqualTo(TO);
        assertThat(searches.get(0).json().get("sort").get(0).get("field").asText()).isEqualTo("endDate");
        assertThat(searches.get(1).json().get("page").get("from").asInt()).isEqualTo(1000);
        // the process itself is no element of its diagram; p90 interpolates as percentile_cont does
        assertThat(durations).containsExactly(
                new ElementDuration("call_crm", 2, Duration.ofSeconds(90), Duration.ofSeconds(114)),
                new ElementDuration("task_approve", 1000, Duration.ofMillis(500_500), Duration.ofMillis(900_100)));
    }

    @Test
    void durationsReadAtMostTheBoundedNumberOfPages() {
        AtomicInteger pages = new AtomicInteger();
        cluster.on("POST", "/v2/element-instances/search",
                r -> new ClusterStub.Answer(200, page(1000, "task_approve", pages.getAndIncrement() * 1000)));

        List<ElementDuration> durations = workflow.elementDurations("quote_approval", FROM, TO);

        assertThat(cluster.requests("POST", "/v2/element-instances/search")).hasSize(ClusterStatistics.DURATION_PAGES);
        assertThat(durations).singleElement().extracting(ElementDuration::count)
                .isEqualTo((long) ClusterStatistics.DURATION_PAGES * ClusterStatistics.DURATION_PAGE);
    }

    @Test
    void durationsOfAnEmptyPeriodAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> workflow.elementDurations("quote_approval", TO, FROM))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.errors()).extracting(InvalidFieldException.FieldError::field)
                                .containsExactly("from"));
        assertThat(cluster.requests("POST", ".*")).isEmpty();
    }

    @Test
    void aClusterThatAnswers503OrCannotBeReachedIsUnavailable() throws Exception {
        cluster.on("POST", "/v2/process-instances/search", r -> problem(503, "UNAVAILABLE", "secondary storage down"));
        cluster.on("POST", "/v2/process-definitions/21/statistics/element-instances",
                r -> problem(504, "GATEWAY_TIMEOUT", "timed out"));

        assertThatThrownBy(() -> workflow.instances(new InstanceQuery(null, null, null, 0, 20)))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("secondary storage down");
        assertThatThrownBy(() -> workflow.elementStatistics(21)).isInstanceOf(UnavailableException.class);

        URI down = cluster.address();
        cluster.close();
        try (CamundaClient unreachable = ZeebeConfiguration.client(new CamundaClientProperties(down,
                URI.create("http://127.0.0.1:1"), true, Duration.ofSeconds(5), null, null))) {
            ZeebeWorkflow offline = new ZeebeWorkflow(unreachable);
            assertThatThrownBy(() -> offline.elementDurations("quote_approval", FROM, TO))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("Camunda cluster is unavailable");
            assertThatThrownBy(() -> offline.instances(new InstanceQuery(null, null, null, 0, 20)))
                    .isInstanceOf(UnavailableException.class);
            assertThatThrownBy(() -> offline.tasks(com.salesos.workflow.TaskQuery.all()))
                    .isInstanceOf(UnavailableException.class);
            assertThatThrownBy(() -> offline.instance(51)).isInstanceOf(UnavailableException.class);
        }
    }

    /** A page of {@code n} element instances, the i-th (from {@code first}) taking i+1 seconds. */
    private static String page(int n, String elementId, int first) {
        StringJoiner items = new StringJoiner(",", "{\"items\":[", "],\"page\":{\"totalItems\":999999}}");
        for (int i = 0; i < n; i++) {
            items.add(element(first + i + 1, elementId, "USER_TASK", ((first + i) % 1000 + 1) * 1000L));
        }
        return items.toString();
    }

    private static String element(long key, String elementId, String type, long millis) {
        Instant start = Instant.parse("2025-01-10T00:00:00Z");
        return "{\"elementInstanceKey\":\"" + key + "\",\"processInstanceKey\":\"51\",\"processDefinitionKey\":\"21\","
                + "\"processDefinitionId\":\"quote_approval\",\"elementId\":\"" + elementId + "\",\"type\":\"" + type
                + "\",\"state\":\"COMPLETED\",\"startDate\":\"" + start + "\",\"endDate\":\""
                + start.plusMillis(millis) + "\"}";
    }
}
