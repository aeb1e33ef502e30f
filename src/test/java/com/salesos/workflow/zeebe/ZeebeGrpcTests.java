package com.salesos.workflow.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.UnavailableException;
import com.salesos.workflow.BpmnError;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobFailure;
import com.salesos.workflow.JobWorker;
import com.salesos.workflow.Message;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ModelValidationException;
import com.salesos.workflow.PublishedMessage;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MatchedDecisionRule;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default transport: with gRPC preferred, commands and job activation go to the gateway stub with the right
 * fields, and its answers and status codes come back as the port's values and exceptions. The REST stub is there
 * too (searches always use REST) and must see none of these commands.
 */
class ZeebeGrpcTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayStub gateway;
    private ClusterStub rest;
    private CamundaClient client;
    private ZeebeWorkflow workflow;
    private ZeebeJobWorkers workers;

    @BeforeEach
    void connect() throws Exception {
        gateway = GatewayStub.start();
        rest = ClusterStub.start();
        client = gateway.client(rest.address());
        workflow = new ZeebeWorkflow(client);
    }

    @AfterEach
    void close() throws Exception {
        if (workers != null) {
            workers.stop();
        }
        client.close();
        gateway.close();
        rest.close();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void deploySendsEveryResourceInOneRequestAndReturnsTheVersions() {
        gateway.on("deployResource", (DeployResourceRequest r) -> DeployResourceResponse.newBuilder().setKey(11)
                .addDeployments(Deployment.newBuilder().setProcess(ProcessMetadata.newBuilder()
                        .setBpmnProcessId("quote_approval").setVersion(3).setProcessDefinitionKey(21)
                        .setResourceName("quote.bpmn")))
                .addDeployments(Deployment.newBuilder().setDecision(DecisionMetadata.newBuilder()
                        .setDmnDecisionId("pricing_guardrails").setDmnDecisionName("Guardrails").setVersion(2)
                        .setDecisionKey(22)))
                .build());

        List<DeployedModel> models = workflow.deploy(List.of(
                new ModelResource("quote.bpmn", "<bpmn-content/>".getBytes(StandardCharsets.UTF_8)),
                new ModelResource("pricing.dmn", "<dmn-content/>".getBytes(StandardCharsets.UTF_8))));

        DeployResourceRequest sent = gateway.only("deployResource", DeployResourceRequest.class);
        assertThat(sent.getResourcesList()).extracting(r -> r.getName(), r -> r.getContent().toStringUtf8())
                .containsExactly(tuple("quote.bpmn", "<bpmn-content/>"), tuple("pricing.dmn", "<dmn-content/>"));
        assertThat(models).extracting(DeployedModel::key, DeployedModel::kind, DeployedModel::id, DeployedModel::version)
                .containsExactly(tuple(21L, DeployedModel.Kind.PROCESS, "quote_approval", 3),
                        tuple(22L, DeployedModel.Kind.DECISION, "pricing_guardrails", 2));
        assertThat(rest.requests("POST", ".*")).isEmpty();
    }

    @Test
    void invalidArgumentOnDeployIsAModelValidationExceptionNamingTheResourceAndElement() {
        gateway.refuse("deployResource", Status.Code.INVALID_ARGUMENT, """
                Command 'CREATE' rejected with code 'INVALID_ARGUMENT': Expected to deploy new resources, but \
                encountered the following errors:
                'quote.bpmn': - Element: task_send_quote
                    - ERROR: Must have exactly one 'zeebe:taskDefinition' extension element""");
        byte[] model = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> workflow.deploy(List.of(new ModelResource("quote.bpmn", model))))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.problems())
                        .extracting(ModelValidationException.Problem::resource, ModelValidationException.Problem::elementId,
                                ModelValidationException.Problem::message)
                        .containsExactly(tuple("quote.bpmn", "task_send_quote",
                                "Must have exactly one 'zeebe:taskDefinition' extension element")));
    }

    @Test
    void startSendsProcessVersionAndVariablesWithTheBusinessKey() throws Exception {
        gateway.on("createProcessInstance", (CreateProcessInstanceRequest r) -> CreateProcessInstanceResponse
                .newBuilder().setProcessInstanceKey(4503599627370497L).setBpmnProcessId(r.getBpmnProcessId())
                .setVersion(3).setProcessDefinitionKey(21).build());

        long latest = workflow.start("quote_approval", Map.of("discount", 25), "quote-7");
        workflow.start("quote_approval", 2, Map.of(), null);

        List<CreateProcessInstanceRequest> sent = gateway.requests("createProcessInstance",
                CreateProcessInstanceRequest.class);
        assertThat(latest).isEqualTo(4503599627370497L);
        assertThat(sent.get(0).getBpmnProcessId()).isEqualTo("quote_approval");
        assertThat(sent.get(0).getVersion()).isEqualTo(-1);
        JsonNode variables = json(sent.get(0).getVariables());
        assertThat(variables.get("discount").asInt()).isEqualTo(25);
        assertThat(variables.get("businessKey").asText()).isEqualTo("quote-7");
        assertThat(sent.get(1).getVersion()).isEqualTo(2);
        assertThat(json(sent.get(1).getVariables()).has("businessKey")).isFalse();
    }

    @Test
    void notFoundIsThePortsNotFoundAndUnavailableIsUnavailable() {
        gateway.refuse("createProcessInstance", Status.Code.NOT_FOUND,
                "Expected to find process definition with process ID 'nope', but none found");
        assertThatThrownBy(() -> workflow.start("nope", Map.of(), null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");

        gateway.refuse("createProcessInstance", Status.Code.UNAVAILABLE, "no leader for partition 1");
        assertThatThrownBy(() -> workflow.start("quote_approval", Map.of(), null))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("no leader for partition 1");

        gateway.refuse("evaluateDecision", Status.Code.NOT_FOUND, "no decision with id 'nope'");
        assertThatThrownBy(() -> workflow.evaluateDecision("nope", Map.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGatewayNobodyListensOnIsUnavailable() throws Exception {
        gateway.close();

        assertThatThrownBy(() -> workflow.start("quote_approval", Map.of(), null))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("Camunda cluster is unavailable");
    }

    @Test
    void bufferedMessageIsPublishedOverGrpcAndARepeatedIdIsADuplicate() throws Exception {
        gateway.on("publishMessage", (PublishMessageRequest r) -> PublishMessageResponse.newBuilder().setKey(31)
                .build());
        Message message = new Message("QuoteAccepted", "q-1", Map.of("acceptedBy", "buyer"), Duration.ofHours(1),
                "accept-q-1");

        PublishedMessage first = workflow.publish(message);
        gateway.refuse("publishMessage", Status.Code.ALREADY_EXISTS,
                "a message with the same id was already published");
        PublishedMessage second = workflow.publish(message);

        PublishMessageRequest sent = gateway.requests("publishMessage", PublishMessageRequest.class).get(0);
        assertThat(sent.getName()).isEqualTo("QuoteAccepted");
        assertThat(sent.getCorrelationKey()).isEqualTo("q-1");
        assertThat(sent.getTimeToLive()).isEqualTo(3_600_000L);
        assertThat(sent.getMessageId()).isEqualTo("accept-q-1");
        assertThat(json(sent.getVariables()).get("acceptedBy").asText()).isEqualTo("buyer");
        assertThat(first).isEqualTo(new PublishedMessage(31, 0, false));
        assertThat(second.duplicate()).isTrue();
    }

    /** The gateway has no correlate RPC: the client sends a correlation over REST even with gRPC preferred. */
    @Test
    void messageWithoutTimeToLiveIsCorrelatedOverRest() {
        rest.on("POST", "/v2/messages/correlation", 200,
                "{\"messageKey\":\"41\",\"processInstanceKey\":\"42\",\"tenantId\":\"<default>\"}");

        PublishedMessage reached = workflow.publish(Message.of("InvoicePaid", "order-9", Map.of("paid", 99)));

        assertThat(reached).isEqualTo(new PublishedMessage(41, 1, false, List.of(42L)));
        assertThat(rest.only("POST", "/v2/messages/correlation").json().get("name").asText()).isEqualTo("InvoicePaid");
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void decisionEvaluationSendsTheVariablesAndReturnsOutputAndMatchedRules() throws Exception {
        gateway.on("evaluateDecision", (EvaluateDecisionRequest r) -> EvaluateDecisionResponse.newBuilder()
                .setDecisionId("pricing_guardrails").setDecisionVersion(2).setDecisionKey(22)
                .setDecisionOutput("{\"needsApproval\":true,\"approver\":\"MANAGER\"}")
                .addEvaluatedDecisions(EvaluatedDecision.newBuilder().setDecisionId("discount_band")
                        .addMatchedRules(MatchedDecisionRule.newBuilder().setRuleId("rule_band_high")))
                .addEvaluatedDecisions(EvaluatedDecision.newBuilder().setDecisionId("pricing_guardrails")
                        .addMatchedRules(MatchedDecisionRule.newBuilder().setRuleId("rule_large_discount")))
                .build());

        var result = workflow.evaluateDecision("pricing_guardrails", Map.of("discount", 30));

        EvaluateDecisionRequest sent = gateway.only("evaluateDecision", EvaluateDecisionRequest.class);
        assertThat(sent.getDecisionId()).isEqualTo("pricing_guardrails");
        assertThat(json(sent.getVariables()).get("discount").asInt()).isEqualTo(30);
        assertThat(result.value()).isEqualTo(Map.of("needsApproval", true, "approver", "MANAGER"));
        assertThat(result.version()).isEqualTo(2);
        assertThat(result.matchedRuleIds()).containsExactly("rule_band_high", "rule_large_discount");
    }

    @Test
    void aDecisionThatFailsToEvaluateIsInvalidInput() {
        gateway.on("evaluateDecision", (EvaluateDecisionRequest r) -> EvaluateDecisionResponse.newBuilder()
                .setDecisionId("pricing_guardrails").setFailedDecisionId("pricing_guardrails")
                .setFailureMessage("no variable found for name 'discount'").build());

        assertThatThrownBy(() -> workflow.evaluateDecision("pricing_guardrails", Map.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage())
                        .contains("no variable found for name 'discount'"));
    }

    @Test
    void resolvingAJobIncidentGivesTheJobARetryOverGrpcThenResolvesIt() {
        rest.on("GET", "/v2/incidents/71", 200, """
                {"incidentKey":"71","processInstanceKey":"51","processDefinitionId":"p","elementId":"call_crm",
                 "elementInstanceKey":"72","jobKey":"73","errorType":"JOB_NO_RETRIES","errorMessage":"CRM down",
                 "state":"ACTIVE","creationTime":"2025-01-01T10:00:00.000Z"}""");
        gateway.on("updateJobRetries", (UpdateJobRetriesRequest r) -> UpdateJobRetriesResponse.getDefaultInstance());
        gateway.on("resolveIncident", (ResolveIncidentRequest r) -> ResolveIncidentResponse.getDefaultInstance());

        workflow.resolveIncident(71);

        UpdateJobRetriesRequest retries = gateway.only("updateJobRetries", UpdateJobRetriesRequest.class);
        assertThat(retries.getJobKey()).isEqualTo(73L);
        assertThat(retries.getRetries()).isEqualTo(1);
        assertThat(gateway.only("resolveIncident", ResolveIncidentRequest.class).getIncidentKey()).isEqualTo(71L);
        assertThat(gateway.calls()).extracting(GatewayStub.Call::method)
                .containsExactly("updateJobRetries", "resolveIncident");
    }

    @Test
    void cancellingAnInstanceTheGatewayNoLongerKnowsIsAConflictWhenItEnded() {
        gateway.refuse("cancelProcessInstance", Status.Code.NOT_FOUND, "no process instance with key 51");
        rest.on("GET", "/v2/process-instances/51", 200, """
                {"processInstanceKey":"51","processDefinitionId":"p","processDefinitionVersion":1,
                 "processDefinitionKey":"21","state":"COMPLETED","hasIncident":false,
                 "startDate":"2025-01-01T10:00:00.000Z","endDate":"2025-01-01T10:01:00.000Z"}""");
        rest.on("POST", "/v2/(element-instances|variables|incidents)/search", 200,
                "{\"items\":[],\"page\":{\"totalItems\":0}}");

        assertThatThrownBy(() -> workflow.cancel(51)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("completed");
        assertThat(gateway.only("cancelProcessInstance", CancelProcessInstanceRequest.class).getProcessInstanceKey())
                .isEqualTo(51L);
    }

    private final List<Job> seen = new CopyOnWriteArrayList<>();

    /** One job the first time the worker asks, then none; the outcome RPCs answer. */
    private void run(Function<Job, Map<String, Object>> behaviour) {
        AtomicBoolean handedOut = new AtomicBoolean();
        gateway.on("activateJobs", (ActivateJobsRequest r) -> handedOut.getAndSet(true)
                ? ActivateJobsResponse.getDefaultInstance()
                : ActivateJobsResponse.newBuilder().addJobs(ActivatedJob.newBuilder().setKey(101)
                        .setType(r.getType()).setProcessInstanceKey(51).setBpmnProcessId("quote_approval")
                        .setProcessDefinitionVersion(3).setProcessDefinitionKey(21).setElementId("task_price")
                        .setElementInstanceKey(102).setCustomHeaders("{\"channel\":\"field\"}").setWorker(r.getWorker())
                        .setRetries(3).setDeadline(4102444800000L).setVariables("{\"qty\":3,\"unitPrice\":10.5}"))
                        .build());
        gateway.on("completeJob", (CompleteJobRequest r) -> CompleteJobResponse.getDefaultInstance());
        gateway.on("failJob", (FailJobRequest r) -> FailJobResponse.getDefaultInstance());
        gateway.on("throwError", (ThrowErrorRequest r) -> ThrowErrorResponse.getDefaultInstance());
        workers = new ZeebeJobWorkers(client, List.of(JobWorker.of("quotes.price", job -> {
            seen.add(job);
            return behaviour.apply(job);
        })), new CamundaClientProperties.Worker(4, 2, Duration.ofMinutes(1), Duration.ofMillis(50)));
        workers.start();
    }

    @Test
    void jobWorkerActivatesOverGrpcAndCompletesWithItsResult() throws Exception {
        run(job -> Map.of("total", job.variable("qty", Integer.class) * job.variable("unitPrice", Double.class)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !gateway.requests("completeJob", CompleteJobRequest.class)
                .isEmpty());

        ActivateJobsRequest activation = gateway.requests("activateJobs", ActivateJobsRequest.class).get(0);
        assertThat(activation.getType()).isEqualTo("quotes.price");
        assertThat(activation.getWorker()).isEqualTo("salesos-quotes.price");
        assertThat(activation.getMaxJobsToActivate()).isEqualTo(4);
        assertThat(activation.getTimeout()).isEqualTo(60_000L);
        assertThat(seen).singleElement().satisfies(job -> {
            assertThat(job.key()).isEqualTo(101L);
            assertThat(job.header("channel")).isEqualTo("field");
            assertThat(job.elementId()).isEqualTo("task_price");
            assertThat(job.retries()).isEqualTo(3);
        });
        CompleteJobRequest completed = gateway.only("completeJob", CompleteJobRequest.class);
        assertThat(completed.getJobKey()).isEqualTo(101L);
        assertThat(json(completed.getVariables()).get("total").asDouble()).isEqualTo(31.5);
        assertThat(rest.requests("POST", ".*")).isEmpty();
    }

    @Test
    void jobFailureIsReportedWithOneRetryLessAndTheBackoff() {
        run(job -> {
            throw new JobFailure("CRM down", Duration.ofSeconds(30));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !gateway.requests("failJob", FailJobRequest.class)
                .isEmpty());

        FailJobRequest failed = gateway.only("failJob", FailJobRequest.class);
        assertThat(failed.getJobKey()).isEqualTo(101L);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getRetryBackOff()).isEqualTo(30_000L);
        assertThat(failed.getErrorMessage()).isEqualTo("CRM down");
        assertThat(gateway.requests("completeJob", CompleteJobRequest.class)).isEmpty();
    }

    @Test
    void bpmnErrorIsThrownWithItsCodeMessageAndVariables() throws Exception {
        run(job -> {
            throw new BpmnError("OUT_OF_STOCK", "only 3 left", Map.of("available", 3));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> !gateway.requests("throwError", ThrowErrorRequest.class)
                .isEmpty());

        ThrowErrorRequest thrown = gateway.only("throwError", ThrowErrorRequest.class);
        assertThat(thrown.getJobKey()).isEqualTo(101L);
        assertThat(thrown.getErrorCode()).isEqualTo("OUT_OF_STOCK");
        assertThat(thrown.getErrorMessage()).isEqualTo("only 3 left");
        assertThat(json(thrown.getVariables()).get("available").asInt()).isEqualTo(3);
        assertThat(gateway.requests("completeJob", CompleteJobRequest.class)).isEmpty();
    }
}
