package com.salesos.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.salesos.SalesOsTest;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.Workflow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SalesOsTest
class WorkbenchPageTests {

    private static final RequestPostProcessor OPS = user("ops-page").roles("SALES_OPS");
    private static final RequestPostProcessor REP = user("rep-page").roles("REP");

    @Autowired
    MockMvc mvc;
    @Autowired
    Workflow workflow;

    @Test
    void repsAndManagersGetForbiddenOnEveryWorkbenchPage() throws Exception {
        for (String page : List.of("/ops/models", "/ops/instances", "/ops/incidents", "/ops/waits")) {
            mvc.perform(get(page).with(REP)).andExpect(status().isForbidden());
            mvc.perform(get(page).with(user("mgr-page").roles("MANAGER"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefusedAndDeploysNothing() throws Exception {
        String id = WorkbenchFixtures.unique("csrf");
        mvc.perform(multipart("/ops/models").file(bpmn(id)).with(OPS)).andExpect(status().isForbidden());

        assertThat(workflow.models()).noneMatch(m -> m.id().equals(id));
    }

    @Test
    void salesOpsUploadANewVersionAndSeeItListedWithTheOlderOnes() throws Exception {
        String decision = WorkbenchFixtures.unique("discount");
        upload(dmn(decision, 25)).andExpect(status().isOk());
        Document report = page(upload(dmn(decision, 30)).andExpect(status().isOk()));
        Document unchanged = page(upload(dmn(decision, 30)).andExpect(status().isOk()));

        assertThat(report.select("#upload-report").text()).contains(decision, "version 2").doesNotContain("unchanged");
        assertThat(unchanged.select("#upload-report").text()).contains("version 2", "(unchanged)");
        Document list = page(get("/ops/models").with(OPS));
        assertThat(list.select("tr[data-model-id=" + decision + "] td.versions a").eachText())
                .containsExactly("v2", "v1");
    }

    @Test
    void aRefusedUploadReportsEachProblemWithItsElement() throws Exception {
        String id = WorkbenchFixtures.unique("broken");
        Document report = page(upload(new MockMultipartFile("files", id + ".bpmn", "text/xml",
                WorkbenchFixtures.signalProcess(id))).andExpect(status().isBadRequest()));

        assertThat(report.select("#upload-report").text()).contains("Refused", id + ".bpmn");
        assertThat(report.select("#upload-report td code").eachText()).contains("wait_for_signal");
        assertThat(report.select("#upload-report td").eachText()).contains("intermediateCatchEvent");
        assertThat(workflow.models()).noneMatch(m -> m.id().equals(id));
    }

    @Test
    void aProcessVersionIsDrawnFromItsLayoutWithTokensAndIncidentsOnItsElements() throws Exception {
        String id = WorkbenchFixtures.unique("approval");
        DeployedModel model = deploy(id + ".bpmn", WorkbenchFixtures.approvalProcess(id, "Approval"));
        workflow.start(id, Map.of(), "Q-1");
        workflow.start(id, Map.of(), "Q-2");
        await().atMost(Duration.ofSeconds(15)).until(() -> workflow.elementStatistics(model.key()).stream()
                .anyMatch(s -> s.elementId().equals("task_approve") && s.activeTokens() == 2));

        Document page = page(get("/ops/models/" + model.key()).with(OPS));

        assertThat(page.select("svg circle")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("g[data-element-id=task_approve] rect[rx=10]")).hasSize(1);
        assertThat(page.select("g[data-element-id=task_approve] text.label tspan").eachText())
                .containsExactly("Approve", "discount");
        assertThat(page.select("g[data-element-id=task_approve] .badge.tokens text").text()).isEqualTo("2");
        assertThat(page.select("g.edge polyline")).hasSize(2);

        String gateway = WorkbenchFixtures.unique("gateway");
        DeployedModel failing = deploy(gateway + ".bpmn", WorkbenchFixtures.gatewayProcess(gateway));
        workflow.start(gateway, Map.of(), null);
        await().atMost(Duration.ofSeconds(15)).until(() -> workflow.elementStatistics(failing.key()).stream()
                .anyMatch(s -> s.elementId().equals("route") && s.openIncidents() == 1));
        Document stuck = page(get("/ops/models/" + failing.key()).with(OPS));
        assertThat(stuck.select("g[data-element-id=route] polygon")).hasSize(1);
        assertThat(stuck.select("g[data-element-id=route] .badge.incidents text").text()).isEqualTo("1");
    }

    @Test
    void theDecisionTesterShowsTheOutputAndHighlightsTheMatchedRule() throws Exception {
        String decision = WorkbenchFixtures.unique("discount");
        DeployedModel model = deploy(decision + ".dmn",
                WorkbenchFixtures.discountTable(decision, 25).getBytes(StandardCharsets.UTF_8));

        Document table = page(get("/ops/models/" + model.key()).with(OPS));
        assertThat(table.select("table.dmn tbody tr")).hasSize(3);
        assertThat(table.select("tr[data-rule-id=rule_manager] td.annotation").text())
                .isEqualTo("The manager approves up to 25 %");
        assertThat(table.select("form.tester input[name=in.discount]")).hasSize(1);
        assertThat(table.body().attr("hx-headers")).contains("X-CSRF-TOKEN");

        Document tested = page(post("/ops/models/" + model.key() + "/test").param("in.discount", "20")
                .param("in.segment", "retail").with(OPS).with(csrf()));
        assertThat(tested.select("#tester-result dd").text()).isEqualTo("manager");
        assertThat(tested.select("tr.matched").eachAttr("data-rule-id")).containsExactly("rule_manager");
        assertThat(tested.select("input[name=in.discount]").val()).isEqualTo("20");
    }

    @Test
    void theTesterNamesAFieldThatIsNotANumber() throws Exception {
        String decision = WorkbenchFixtures.unique("discount");
        DeployedModel model = deploy(decision + ".dmn",
                WorkbenchFixtures.discountTable(decision, 25).getBytes(StandardCharsets.UTF_8));

        String html = mvc.perform(post("/ops/models/" + model.key() + "/test").param("in.discount", "lots")
                .with(OPS).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();

        assertThat(Jsoup.parse(html).select("form.tester .error").text()).isEqualTo("is not a number");
        assertThat(Jsoup.parse(html).select("tr.matched")).isEmpty();
    }

    @Test
    void instancesAreFoundByProcessStateAndBusinessKeyAndShowTheirStory() throws Exception {
        String id = WorkbenchFixtures.unique("search");
        deploy(id + ".bpmn", WorkbenchFixtures.approvalProcess(id, "Search"));
        long first = workflow.start(id, Map.of("quoteId", "Q-77"), "ACME-1");
        workflow.start(id, Map.of(), "OTHER-1");

        Document found = page(get("/ops/instances").param("process", id).param("state", "ACTIVE")
                .param("businessKey", "ACME").with(OPS));
        assertThat(found.select("#instances tbody tr")).hasSize(1);
        assertThat(found.select("#instances tbody a").text()).isEqualTo(String.valueOf(first));
        assertThat(page(get("/ops/instances").param("process", id).param("state", "COMPLETED").with(OPS))
                .select("#instances tbody tr")).isEmpty();

        await().atMost(Duration.ofSeconds(15)).until(() -> workflow.instance(first).activeElements().stream()
                .anyMatch(e -> e.elementId().equals("task_approve")));
        Document instance = page(get("/ops/instances/" + first).with(OPS));
        assertThat(instance.select("g.active").eachAttr("data-element-id")).containsExactly("task_approve");
        assertThat(instance.select("table.variables").text()).contains("quoteId", "Q-77");
        assertThat(instance.select("table.history").text()).contains("start", "task_approve", "ACTIVATED");
    }

    @Test
    void anIncidentIsListedAndItsRetryButtonRunsTheStepAgain() throws Exception {
        String id = WorkbenchFixtures.unique("stuck");
        deploy(id + ".bpmn", WorkbenchFixtures.gatewayProcess(id));
        long key = workflow.start(id, Map.of(), null);
        ProcessInstance stuck = await().atMost(Duration.ofSeconds(15)).until(() -> workflow.instance(key),
                pi -> pi.state() == ProcessInstance.InstanceState.INCIDENT);
        long incident = stuck.incidents().get(0).key();

        Document list = page(get("/ops/incidents").with(OPS));
        assertThat(list.select("tr[data-incident-key=" + incident + "]").text()).contains("route", "CONDITION_ERROR");

        mvc.perform(post("/ops/incidents/" + incident + "/retry").with(OPS).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the condition still fails, so the retry raises a fresh incident and resolves this one
        assertThat(workflow.instance(key).incidents()).noneMatch(i -> i.key() == incident);
        mvc.perform(post("/ops/incidents/" + incident + "/retry").with(OPS).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void whereWorkWaitsShowsTimeSpentPerElementOnTheDiagram() throws Exception {
        String id = WorkbenchFixtures.unique("waits");
        deploy(id + ".bpmn", WorkbenchFixtures.approvalProcess(id, "Waits"));
        long key = workflow.start(id, Map.of(), null);
        long task = await().atMost(Duration.ofSeconds(15)).until(() -> workflow.tasks(
                TaskQuery.ofInstance(key)).items(), t -> !t.isEmpty()).get(0).key();
        workflow.complete(task, Map.of());

        Document page = page(get("/ops/waits").param("process", id).param("days", "7").with(OPS));

        assertThat(page.select("table.waits td code").eachText()).contains("task_approve", "start");
        assertThat(page.select("g[data-element-id=task_approve] text.note").text()).startsWith("avg ");
        mvc.perform(get("/ops/waits").param("process", id).param("days", "0").with(OPS))
                .andExpect(status().isBadRequest());
    }

    @Test
    void userEnteredTextIsEscapedOnThePages() throws Exception {
        String id = WorkbenchFixtures.unique("escape");
        deploy(id + ".bpmn", WorkbenchFixtures.approvalProcess(id, "<b>bold</b>"));
        workflow.start(id, Map.of("note", "<script>alert(1)</script>"), "<i>key</i>");

        String list = mvc.perform(get("/ops/instances").param("businessKey", "<i>").with(OPS)).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("&lt;i&gt;key&lt;/i&gt;").doesNotContain("<i>key</i>");
        String models = mvc.perform(get("/ops/models").with(OPS)).andReturn().getResponse().getContentAsString();
        assertThat(models).contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>");
    }

    @Test
    void anUnknownModelOrInstanceIsNotFound() throws Exception {
        mvc.perform(get("/ops/models/1").with(OPS)).andExpect(status().isNotFound());
        mvc.perform(get("/ops/instances/1").with(OPS)).andExpect(status().isNotFound());
    }

    private DeployedModel deploy(String name, byte[] content) {
        return workflow.deploy(List.of(new ModelResource(name, content))).get(0);
    }

    private MockMultipartFile bpmn(String id) {
        return new MockMultipartFile("files", id + ".bpmn", "text/xml", WorkbenchFixtures.approvalProcess(id, id));
    }

    private MockMultipartFile dmn(String decision, int managerUpTo) {
        return new MockMultipartFile("files", decision + ".dmn", "text/xml",
                WorkbenchFixtures.discountTable(decision, managerUpTo).getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/ops/models").file(file).with(OPS).with(csrf()));
    }

    private Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
