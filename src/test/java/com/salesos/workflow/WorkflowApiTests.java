package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.security.ApiKeyService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WorkflowScenario
class WorkflowApiTests extends ScenarioSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    ObjectMapper json;

    String ops;
    String rep;
    String otherRep;
    String manager;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ops = "ops-" + suffix;
        rep = "rep-" + suffix;
        otherRep = "rep2-" + suffix;
        manager = "mgr-" + suffix;
        users.create(ops, "pw", "Ops", Set.of(Role.SALES_OPS), null);
        users.create(rep, "pw", "Rep", Set.of(Role.REP), null);
        users.create(otherRep, "pw", "Rep 2", Set.of(Role.REP), null);
        users.create(manager, "pw", "Manager", Set.of(Role.MANAGER), null);
    }

    @Test
    void salesOpsDeployModelsAndAnUnchangedFileMakesNoNewVersion() throws Exception {
        String id = id("api_deploy");
        MockMultipartFile file = bpmn(id + ".bpmn", Bpmn.createExecutableProcess(id).startEvent().endEvent().done());

        upload(ops, file).andExpect(status().isCreated()).andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].version").value(1)).andExpect(jsonPath("$[0].kind").value("PROCESS"));
        String again = upload(ops, file).andExpect(status().isCreated()).andExpect(jsonPath("$[0].version").value(1))
                .andReturn().getResponse().getContentAsString();

        long key = json.readTree(again).get(0).get("key").asLong();
        mvc.perform(get("/api/v1/models/" + key + "/xml").with(httpBasic(ops, "pw"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(id)));
        mvc.perform(get("/api/v1/models").with(httpBasic(ops, "pw"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
    }

    @Test
    void refusesModelWithUnsupportedElementNamingItsIdAndType() throws Exception {
        String id = id("api_signal");
        MockMultipartFile file = bpmn(id + ".bpmn", Bpmn.createExecutableProcess(id).startEvent()
                .intermediateCatchEvent("wait_for_signal").signal("go").endEvent().done());

        upload(ops, file).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0].elementId").value("wait_for_signal"))
                .andExpect(jsonPath("$.problems[0].elementType").value("intermediateCatchEvent"));
        assertThat(workflow.models()).noneMatch(m -> m.id().equals(id));
    }

    @Test
    void refusesFeelSyntaxErrorsAtDeploymentNamingTheElement() throws Exception {
        String id = id("api_feel");
        MockMultipartFile file = bpmn(id + ".bpmn", Bpmn.createExecutableProcess(id).startEvent()
                .scriptTask("compute_total", s -> s.zeebeExpression("price * ").zeebeResultVariable("total"))
                .endEvent().done());

        upload(ops, file).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[?(@.elementId == 'compute_total')].message",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("FEEL"))));
    }

    @Test
    void refusesXmlWithExternalEntities() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
                  <process id="xxe" isExecutable="true"><startEvent id="s" name="&secret;"/></process>
                </definitions>
                """;
        MockMultipartFile file = new MockMultipartFile("files", "xxe.bpmn", "application/xml",
                xxe.getBytes(StandardCharsets.UTF_8));

        upload(ops, file).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("DOCTYPE")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("root:"))));
    }

    @Test
    void refusesFilesThatAreNotModelsAndPeopleWhoAreNotOps() throws Exception {
        upload(ops, new MockMultipartFile("files", "notes.txt", "text/plain", "hi".getBytes()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("files"));
        String id = id("api_rep");
        upload(rep, bpmn(id + ".bpmn", Bpmn.createExecutableProcess(id).startEvent().endEvent().done()))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiKeyWithProcessesScopeStartsReadsAndCancelsInstances() throws Exception {
        String id = id("api_instance");
        deploy(Bpmn.createExecutableProcess(id).startEvent().userTask("task_wait", t -> t.zeebeUserTask()).endEvent()
                .done());
        String key = apiKeys.issue("automation-" + UUID.randomUUID(), Set.of("processes"));
        String crmKey = apiKeys.issue("crm-" + UUID.randomUUID(), Set.of("crm"));

        String body = mvc.perform(post("/api/v1/processes/" + id + "/instances").header("X-API-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"variables\": {\"quoteId\": \"q-1\", \"total\": 120.50}, \"businessKey\": \"q-1\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long instance = json.readTree(body).get("key").asLong();

        mvc.perform(get("/api/v1/process-instances/" + instance).header("X-API-Key", key)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE")).andExpect(jsonPath("$.variables.quoteId").value("q-1"))
                .andExpect(jsonPath("$.variables.total").value(120.50))
                .andExpect(jsonPath("$.activeElements[0].elementId").value("task_wait"));
        mvc.perform(post("/api/v1/processes/" + id + "/instances").header("X-API-Key", crmKey)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/process-instances/" + instance).header("X-API-Key", key))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/process-instances/" + instance).header("X-API-Key", key))
                .andExpect(jsonPath("$.state").value("CANCELED"));
        mvc.perform(delete("/api/v1/process-instances/" + instance).header("X-API-Key", key))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/process-instances/424242424242").header("X-API-Key", key))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/processes/no_such_process/instances").header("X-API-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
    }

    @Test
    void publishedMessageReachesTheWaitingInstanceAndBadMessagesNameTheField() throws Exception {
        String id = id("api_message");
        deploy(Bpmn.createExecutableProcess(id).startEvent().intermediateCatchEvent("paid")
                .message(m -> m.name("InvoicePaid").zeebeCorrelationKeyExpression("orderId")).endEvent().done());
        long instance = workflow.start(id, Map.of("orderId", id), null);
        awaitAt(instance, "paid");

        mvc.perform(post("/api/v1/messages").with(httpBasic(ops, "pw")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"InvoicePaid\", \"correlationKey\": \"" + id + "\", \"variables\": {\"paid\": true},"
                                + " \"timeToLive\": \"PT1H\", \"messageId\": \"pay-" + id + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.correlatedInstances").value(1));

        assertThat(awaitCompleted(instance).variables()).containsEntry("paid", true);
        mvc.perform(post("/api/v1/messages").with(httpBasic(ops, "pw")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"correlationKey\": \"x\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/messages").with(httpBasic(rep, "pw")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"InvoicePaid\"}")).andExpect(status().isForbidden());
    }

    @Test
    void aRepSeesAndWorksOnlyTasksAssignedOrOfferedToThem() throws Exception {
        String id = id("api_tasks");
        deploy(Bpmn.createExecutableProcess(id).startEvent().parallelGateway("fork")
                .userTask("task_mine", t -> t.zeebeUserTask().zeebeAssigneeExpression("rep")).endEvent()
                .moveToNode("fork").userTask("task_for_reps", t -> t.zeebeUserTask().zeebeCandidateGroups("rep"))
                .endEvent().moveToNode("fork").userTask("task_for_ops", t -> t.zeebeUserTask()
                        .zeebeCandidateGroups("sales_ops")).endEvent().done());
        long instance = workflow.start(id, Map.of("rep", rep), null);
        awaitTask(instance, "task_for_ops");
        long mine = awaitTask(instance, "task_mine").key();
        long forReps = awaitTask(instance, "task_for_reps").key();
        long forOps = awaitTask(instance, "task_for_ops").key();

        mvc.perform(get("/api/v1/tasks").param("processInstanceKey", String.valueOf(instance))
                        .with(httpBasic(rep, "pw"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.elementId == 'task_for_ops')]").isEmpty());
        mvc.perform(get("/api/v1/tasks").param("processInstanceKey", String.valueOf(instance))
                .with(httpBasic(ops, "pw"))).andExpect(jsonPath("$.total").value(3));

        mvc.perform(post("/api/v1/tasks/" + forOps + "/claim").with(httpBasic(rep, "pw")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/" + mine + "/complete").with(httpBasic(otherRep, "pw"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/" + forReps + "/claim").with(httpBasic(otherRep, "pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value(otherRep));
        mvc.perform(post("/api/v1/tasks/" + forReps + "/complete").with(httpBasic(rep, "pw"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tasks/" + mine + "/complete").with(httpBasic(rep, "pw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"variables\": {\"visited\": true}}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/tasks/" + mine + "/complete").with(httpBasic(rep, "pw"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isConflict());

        assertThat(workflow.instance(instance).variables()).containsEntry("visited", true);
    }

    @Test
    void managersEvaluateDecisionsAndRepsMayNot() throws Exception {
        String decision = id("api_discount");
        deployXml(decision + ".dmn", DecisionScenarioTests.discountTable(decision));

        mvc.perform(post("/api/v1/decisions/" + decision + "/evaluate").with(httpBasic(manager, "pw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"variables\": {\"discount\": 45}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value("refused"))
                .andExpect(jsonPath("$.matchedRuleIds[0]").value("rule_refused"));
        mvc.perform(post("/api/v1/decisions/" + decision + "/evaluate").with(httpBasic(rep, "pw"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/decisions/no_such/evaluate").with(httpBasic(ops, "pw"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
    }

    @Test
    void opsListAndResolveIncidents() throws Exception {
        String id = id("api_incident");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .serviceTask("sync", t -> t.zeebeJobType("svc.a").zeebeJobRetries("1")).endEvent().done());
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        workers.on("svc.a", id, job -> {
            if (down.get()) {
                throw new IllegalStateException("ERP unreachable");
            }
            return Map.of();
        });
        long instance = workflow.start(id, Map.of(), null);
        Incident incident = awaitInstance(instance, p -> !p.incidents().isEmpty()).incidents().get(0);

        String list = mvc.perform(get("/api/v1/incidents").param("size", "200").with(httpBasic(ops, "pw")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode items = json.readTree(list).get("items");
        assertThat(items.findValuesAsText("elementId")).contains("sync");
        mvc.perform(get("/api/v1/incidents").with(httpBasic(rep, "pw"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/incidents").param("state", "BROKEN").with(httpBasic(ops, "pw")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));

        down.set(false);
        mvc.perform(post("/api/v1/incidents/" + incident.key() + "/resolve").with(httpBasic(ops, "pw")))
                .andExpect(status().isNoContent());
        awaitCompleted(instance);
        mvc.perform(post("/api/v1/incidents/" + incident.key() + "/resolve").with(httpBasic(ops, "pw")))
                .andExpect(status().isConflict());
    }

    private ResultActions upload(String user, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/v1/models").file(file).with(httpBasic(user, "pw")));
    }

    private static MockMultipartFile bpmn(String name, BpmnModelInstance model) {
        return new MockMultipartFile("files", name, "application/xml",
                Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }
}
