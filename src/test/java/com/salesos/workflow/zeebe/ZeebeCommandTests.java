package com.salesos.workflow.zeebe;

import static com.salesos.workflow.zeebe.ClusterStub.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.salesos.platform.ConflictException;
import com.salesos.platform.NotFoundException;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.Message;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ModelValidationException;
import com.salesos.workflow.PublishedMessage;
import org.junit.jupiter.api.Test;

/** Which REST request each port command sends to the cluster, and how its answers and refusals come back. */
class ZeebeCommandTests extends StubbedClusterTests {

    @Test
    void deploySendsEveryFileInOneDeploymentAndReturnsTheClusterVersions() {
        cluster.on("POST", "/v2/deployments", 200, """
                {"deploymentKey":"11","tenantId":"<default>","deployments":[
                 {"processDefinition":{"processDefinitionId":"quote_approval","processDefinitionVersion":3,
                   "resourceName":"quote.bpmn","tenantId":"<default>","processDefinitionKey":"21"}},
                 {"decisionDefinition":{"decisionDefinitionId":"pricing_guardrails","version":2,"name":"Guardrails",
                   "tenantId":"<default>","decisionRequirementsId":"drd","decisionDefinitionKey":"22",
                   "decisionRequirementsKey":"23"}}]}""");

        List<DeployedModel> models = workflow.deploy(List.of(
                new ModelResource("quote.bpmn", "<bpmn-content/>".getBytes(StandardCharsets.UTF_8)),
                new ModelResource("pricing.dmn", "<dmn-content/>".getBytes(StandardCharsets.UTF_8))));

        String body = cluster.only("POST", "/v2/deployments").body();
        assertThat(body).contains("filename=\"quote.bpmn\"", "<bpmn-content/>", "filename=\"pricing.dmn\"",
                "<dmn-content/>");
        assertThat(models).extracting(DeployedModel::key, DeployedModel::kind, DeployedModel::id,
                DeployedModel::version).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(21L, DeployedModel.Kind.PROCESS, "quote_approval", 3),
                        org.assertj.core.groups.Tuple.tuple(22L, DeployedModel.Kind.DECISION, "pricing_guardrails", 2));
    }

    @Test
    void refusedDeploymentNamesEachElementTheClusterComplainsAbout() {
        cluster.on("POST", "/v2/deployments", r -> problem(400, "INVALID_ARGUMENT", """
                Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new resources, but \
                encountered the following errors:
                'quote.bpmn': - Element: task_send_quote
                    - ERROR: Must have exactly one 'zeebe:taskDefinition' extension element
                - Element: gateway_needs_approval
                    - ERROR: Expected at least one outgoing sequence flow"""));

        // well-formed XML (the adapter refuses anything else before it reaches the cluster); the cluster refuses it
        byte[] model = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> workflow.deploy(List.of(new ModelResource("quote.bpmn", model))))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
                        .extracting(ModelValidationException.Problem::resource,
                                ModelValidationException.Problem::elementId)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("quote.bpmn", "task_send_quote"),
                                org.assertj.core.groups.Tuple.tuple("quote.bpmn", "gateway_needs_approval")));
    }

    @Test
    void startCreatesAnInstanceOfTheLatestVersionWithTheBusinessKeyAsVariable() {
        cluster.on("POST", "/v2/process-instances", 200, """
                {"processDefinitionId":"quote_approval","processDefinitionVersion":3,"processDefinitionKey":"21",
                 "processInstanceKey":"4503599627370497","tenantId":"<default>","variables":{}}""");

        long key = workflow.start("quote_approval", Map.of("discount", 25), "quote-7");

        var body = cluster.only("POST", "/v2/process-instances").json();
        assertThat(key).isEqualTo(4503599627370497L);
        assertThat(body.get("processDefinitionId").asText()).isEqualTo("quote_approval");
        assertThat(body.get("processDefinitionVersion").asInt()).isEqualTo(-1);
        assertThat(body.get("variables").get("discount").asInt()).isEqualTo(25);
        assertThat(body.get("variables").get("businessKey").asText()).isEqualTo("quote-7");
    }

    @Test
    void startOfAGivenVersionSendsThatVersionAndAnUnknownProcessIsNotFound() {
        cluster.on("POST", "/v2/process-instances", r -> problem(404, "NOT_FOUND",
                "Expected to find process definition with process ID 'nope', but none found"));

        assertThatThrownBy(() -> workflow.start("nope", 4, Map.of(), null)).isInstanceOf(NotFoundException.class);
        assertThat(cluster.only("POST", "/v2/process-instances").json().get("processDefinitionVersion").asInt())
                .isEqualTo(4);
    }

    @Test
    void messageWithTimeToLiveIsPublishedAndARepeatedIdIsADuplicate() {
        cluster.on("POST", "/v2/messages/publication", 200, "{\"messageKey\":\"31\",\"tenantId\":\"<default>\"}");
        Message message = new Message("QuoteAccepted", "q-1", Map.of("acceptedBy", "buyer"), Duration.ofHours(1),
                "accept-q-1");

        PublishedMessage first = workflow.publish(message);
        cluster.on("POST", "/v2/messages/publication", r -> problem(409, "ALREADY_EXISTS",
                "a message with the same id was already published"));
        PublishedMessage second = workflow.publish(message);

        var body = cluster.requests("POST", "/v2/messages/publication").get(0).json();
        assertThat(body.get("name").asText()).isEqualTo("QuoteAccepted");
        assertThat(body.get("correlationKey").asText()).isEqualTo("q-1");
        assertThat(body.get("timeToLive").asLong()).isEqualTo(3_600_000L);
        assertThat(body.get("messageId").asText()).isEqualTo("accept-q-1");
        assertThat(body.get("variables").get("acceptedBy").asText()).isEqualTo("buyer");
        assertThat(first).isEqualTo(new PublishedMessage(31, 0, false));
        assertThat(second.duplicate()).isTrue();
    }

    @Test
    void messageWithoutTimeToLiveIsCorrelatedAndSaysWhetherAnInstanceWaited() {
        cluster.on("POST", "/v2/messages/correlation", 200,
                "{\"messageKey\":\"41\",\"processInstanceKey\":\"42\",\"tenantId\":\"<default>\"}");
        PublishedMessage reached = workflow.publish(Message.of("InvoicePaid", "order-9", Map.of("paid", 99)));
        cluster.on("POST", "/v2/messages/correlation", r -> problem(404, "NOT_FOUND",
                "Expected to find subscription for message with name 'InvoicePaid' and correlation key 'order-9'"));
        PublishedMessage nobody = workflow.publish(Message.of("InvoicePaid", "order-9", Map.of()));

        var body = cluster.requests("POST", "/v2/messages/correlation").get(0).json();
        assertThat(body.get("correlationKey").asText()).isEqualTo("order-9");
        assertThat(body.get("variables").get("paid").asInt()).isEqualTo(99);
        assertThat(reached).isEqualTo(new PublishedMessage(41, 1, false, List.of(42L)));
        assertThat(nobody.correlatedInstances()).isZero();
        assertThat(nobody.processInstanceKeys()).isEmpty();
    }

    @Test
    void cancellingAnEndedInstanceIsAConflictAndAnUnknownOneNotFound() {
        cluster.on("POST", "/v2/process-instances/\\d+/cancellation", r -> problem(404, "NOT_FOUND", "no instance"));
        cluster.on("GET", "/v2/process-instances/51", 200, """
                {"processInstanceKey":"51","processDefinitionId":"p","processDefinitionVersion":1,
                 "processDefinitionKey":"21","state":"COMPLETED","hasIncident":false,
                 "startDate":"2025-01-01T10:00:00.000Z","endDate":"2025-01-01T10:01:00.000Z"}""");
        cluster.on("POST", "/v2/element-instances/search", 200, "{\"items\":[],\"page\":{\"totalItems\":0}}");
        cluster.on("POST", "/v2/variables/search", 200, "{\"items\":[],\"page\":{\"totalItems\":0}}");
        cluster.on("POST", "/v2/incidents/search", 200, "{\"items\":[],\"page\":{\"totalItems\":0}}");
        cluster.on("GET", "/v2/process-instances/52", r -> problem(404, "NOT_FOUND", "no instance"));

        assertThatThrownBy(() -> workflow.cancel(51)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("completed");
        assertThatThrownBy(() -> workflow.cancel(52)).isInstanceOf(NotFoundException.class);
        assertThat(cluster.requests("POST", "/v2/process-instances/\\d+/cancellation")).hasSize(2);
    }

    @Test
    void decisionEvaluationReturnsTheOutputAndTheRulesThatMatched() {
        cluster.on("POST", "/v2/decision-definitions/evaluation", 200, """
                {"decisionDefinitionId":"pricing_guardrails","decisionDefinitionVersion":2,
                 "decisionDefinitionKey":"22","decisionRequirementsKey":"23","decisionInstanceKey":"61",
                 "decisionEvaluationKey":"62","output":"{\\"needsApproval\\":true,\\"approver\\":\\"MANAGER\\"}",
                 "evaluatedDecisions":[{"decisionDefinitionId":"pricing_guardrails","decisionDefinitionVersion":2,
                   "decisionDefinitionKey":"22","decisionEvaluationInstanceKey":"62-1","output":"{}",
                   "matchedRules":[{"ruleId":"rule_large_discount","ruleIndex":3,"evaluatedOutputs":[]}],
                   "evaluatedInputs":[]}]}""");

        var result = workflow.evaluateDecision("pricing_guardrails", Map.of("discount", 30));

        assertThat(cluster.only("POST", "/v2/decision-definitions/evaluation").json().get("variables")
                .get("discount").asInt()).isEqualTo(30);
        assertThat(result.value()).isEqualTo(Map.of("needsApproval", true, "approver", "MANAGER"));
        assertThat(result.version()).isEqualTo(2);
        assertThat(result.matchedRuleIds()).containsExactly("rule_large_discount");
    }

    @Test
    void resolvingAJobIncidentGivesTheJobARetryThenResolvesIt() {
        cluster.on("GET", "/v2/incidents/71", 200, """
                {"incidentKey":"71","processInstanceKey":"51","processDefinitionId":"p","elementId":"call_crm",
                 "elementInstanceKey":"72","jobKey":"73","errorType":"JOB_NO_RETRIES","errorMessage":"CRM down",
                 "state":"ACTIVE","creationTime":"2025-01-01T10:00:00.000Z"}""");
        cluster.on("PATCH", "/v2/jobs/73", 204, null);
        cluster.on("POST", "/v2/incidents/71/resolution", 204, null);

        workflow.resolveIncident(71);

        assertThat(cluster.only("PATCH", "/v2/jobs/73").json().get("changeset").get("retries").asInt()).isEqualTo(1);
        cluster.only("POST", "/v2/incidents/71/resolution");
    }
}
