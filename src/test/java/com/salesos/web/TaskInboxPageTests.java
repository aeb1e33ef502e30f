package com.salesos.web;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.security.UserService;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.Workflow;
import io.camunda.zeebe.model.bpmn.Bpmn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The task inbox as reps and managers use it: who sees what, the approval form, inline errors, CSRF, escaping. */
@SalesOsTest
class TaskInboxPageTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    Workflow workflow;
    @Autowired
    ObjectMapper json;

    SalesFixtures.Team team;
    UUID account;
    String water;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        account = fixtures.account(AccountTier.STANDARD);
        water = fixtures.product("BEVERAGES", "7.90", "4.35", 500);
    }

    @Test
    void managerApprovesADiscountFromTheInboxAndTheQuoteIsSent() throws Exception {
        String quoteId = quote("15");
        UserTask task = awaitTask(quoteId, "task_approve_discount_manager");

        Document inbox = page(get("/tasks").with(as(team.manager())));
        assertThat(inbox.select("ul.inbox a[href=/tasks/" + task.key() + "]").text()).contains("Approve discount");
        Document form = page(get("/tasks/" + task.key()).with(as(team.manager())));
        assertThat(form.select("table.lines").text()).contains("Product " + water, "10", "15.00 %");
        assertThat(form.text()).contains("MANAGER approval of 15.00 % discount");

        mvc.perform(post("/tasks/" + task.key()).param("decision", "approve").with(as(team.manager())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + task.key()).param("decision", "approve").param("comment", "strategic account")
                .with(as(team.manager())).with(csrf())).andExpect(redirectedUrl("/tasks"));

        JsonNode sent = awaitQuote(quoteId, "SENT");
        assertThat(sent.path("approval").path("comment").asText()).isEqualTo("strategic account");
        assertThat(page(get("/tasks").with(as(team.manager()))).select("a[href=/tasks/" + task.key() + "]")).isEmpty();
    }

    @Test
    void rejectingWithoutACommentShowsTheErrorInlineAndCompletesNothing() throws Exception {
        UserTask task = awaitTask(quote("20"), "task_approve_discount_manager");

        MvcResult result = mvc.perform(post("/tasks/" + task.key()).param("decision", "reject").param("comment", " ")
                .with(as(team.manager())).with(csrf())).andExpect(status().isBadRequest()).andReturn();
        Document form = Jsoup.parse(result.getResponse().getContentAsString());

        assertThat(form.select("[role=alert]").text()).contains("comment", "say why");
        assertThat(form.select("textarea.invalid[name=comment]")).hasSize(1);
        assertThat(workflow.task(task.key()).state()).isEqualTo(UserTask.TaskState.CREATED);
    }

    @Test
    void aRepSeesNeitherTheTeamsApprovalNorAnotherRepsTaskAndGets403ByUrl() throws Exception {
        String quoteId = quote("20");
        UserTask approval = awaitTask(quoteId, "task_approve_discount_manager");

        assertThat(page(get("/tasks").with(as(team.rep()))).select("a[href=/tasks/" + approval.key() + "]")).isEmpty();
        mvc.perform(get("/tasks/" + approval.key()).with(as(team.rep()))).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + approval.key()).param("decision", "approve").with(as(team.rep())).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/tasks/" + approval.key()).param("decision", "reject")
                .param("comment", "<script>alert('x')</script> too deep").with(as(team.manager())).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
        UserTask revise = awaitTask(quoteId, "task_revise_or_withdraw");

        mvc.perform(get("/tasks/" + revise.key()).with(as(team.outsider()))).andExpect(status().isForbidden());
        mvc.perform(get("/quotes/" + quoteId).with(as(team.outsider()))).andExpect(status().isForbidden());
        String html = mvc.perform(get("/tasks/" + revise.key()).with(as(team.rep()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        Document form = Jsoup.parse(html);
        assertThat(form.select("button[name=revision]").eachAttr("value")).containsExactly("REVISE", "WITHDRAW");
        assertThat(form.select("a[href=/quotes/" + quoteId + "]")).isNotEmpty();

        mvc.perform(post("/tasks/" + revise.key()).param("revision", "WITHDRAW").with(as(team.rep())).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
        awaitQuote(quoteId, "WITHDRAWN");
    }

    @Test
    void theQuotePageShowsWhereItsProcessWaitsAndLinksTheOpenTask() throws Exception {
        String quoteId = quote("15");
        UserTask task = awaitTask(quoteId, "task_approve_discount_manager");

        Document page = page(get("/quotes/" + quoteId).with(as(team.manager())));
        assertThat(page.select("section.process").text()).contains("quote-to-commission", "task_approve_discount_manager");
        assertThat(page.select("section.process a[href=/tasks/" + task.key() + "]")).hasSize(1);
        assertThat(page.select("a[href^=/ops/instances/]")).isEmpty();
        Document ops = page(get("/quotes/" + quoteId).with(as(team.ops())));
        assertThat(ops.select("a[href=/ops/instances/" + task.processInstanceKey() + "]")).hasSize(1);
        Document list = page(get("/quotes").with(as(team.rep())));
        assertThat(list.select("a[href=/quotes/" + quoteId + "]")).hasSize(1);
        assertThat(page(get("/quotes").with(as(team.outsider()))).select("a[href=/quotes/" + quoteId + "]")).isEmpty();
    }

    @Test
    void aTaskWithAFormKeyTheInboxDoesNotKnowGetsTheGenericFormWithItsVariables() throws Exception {
        String process = SalesFixtures.unique("mystery-");
        workflow.deploy(List.of(new ModelResource(process + ".bpmn", Bpmn.convertToString(
                Bpmn.createExecutableProcess(process).startEvent().userTask("task_mystery", t -> t.name("Mystery task")
                        .zeebeUserTask().zeebeAssigneeExpression("who").zeebeExternalFormReference("salesos:mystery"))
                        .endEvent().done()).getBytes(StandardCharsets.UTF_8))));
        long instance = workflow.start(process, Map.of("who", team.rep(), "hint", "<b>call first</b>"), null);
        UserTask task = await().atMost(PATIENCE).until(() -> workflow.tasks(TaskQuery.ofInstance(instance)).items(),
                items -> !items.isEmpty()).get(0);

        assertThat(page(get("/tasks").with(as(team.rep()))).select("a[href=/tasks/" + task.key() + "]").text())
                .contains("Mystery task");
        String html = mvc.perform(get("/tasks/" + task.key()).with(as(team.rep()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&lt;b&gt;call first&lt;/b&gt;").doesNotContain("<b>call first</b>");
        mvc.perform(get("/tasks/" + task.key()).with(as(team.teammate()))).andExpect(status().isForbidden());

        Document refused = Jsoup.parse(mvc.perform(post("/tasks/" + task.key()).param("variables", "[1, 2]")
                .with(as(team.rep())).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(refused.select("[role=alert]").text()).contains("variables", "JSON object");
        assertThat(refused.select("textarea[name=variables]").text()).isEqualTo("[1, 2]");

        mvc.perform(post("/tasks/" + task.key()).param("variables", "{\"called\": true}").with(as(team.rep()))
                .with(csrf())).andExpect(redirectedUrl("/tasks"));
        ProcessInstance done = await().atMost(PATIENCE).until(() -> workflow.instance(instance),
                ProcessInstance::isEnded);
        assertThat(done.variables()).containsEntry("called", true);
    }

    @Test
    void theRepResolvesAStockShortageSeeingWhatIsMissing() throws Exception {
        String scarce = fixtures.product("BEVERAGES", "3.00", "1.00", 2);
        String quoteId = SalesFixtures.id(mvc.perform(post("/api/v1/sales-reps/quote")
                .with(httpBasic(team.rep(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "items": [{"sku": "%s", "quantity": 5}]}"""
                        .formatted(team.repId(), account, scarce))).andExpect(status().isCreated()));
        awaitQuote(quoteId, "SENT");
        mvc.perform(post("/api/v1/sales-reps/order").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"quoteId\": \"" + quoteId + "\"}"))
                .andExpect(status().isAccepted());
        String orderId = await().atMost(PATIENCE).until(() -> readQuote(quoteId), q -> q.hasNonNull("orderId"))
                .path("orderId").asText();
        long instance = await().atMost(PATIENCE).until(() -> json.readTree(mvc.perform(get("/api/v1/orders/" + orderId)
                .with(httpBasic(team.ops(), PASSWORD))).andReturn().getResponse().getContentAsString()),
                o -> o.hasNonNull("processInstanceKey")).path("processInstanceKey").asLong();
        UserTask task = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> workflow.tasks(TaskQuery.ofInstance(instance)).items().stream()
                        .filter(t -> t.elementId().equals("task_resolve_stock_shortage")).findFirst().orElse(null),
                        t -> t != null);

        Document form = page(get("/tasks/" + task.key()).with(as(team.rep())));
        var shortage = form.select("section:has(h2:containsOwn(Stock shortage)) table tbody tr");
        assertThat(shortage).hasSize(1);
        assertThat(shortage.get(0).select("td").eachText()).containsExactly("Product " + scarce + " " + scarce, "5",
                "2", "3");
        assertThat(form.select("button[name=stockResolution]").eachAttr("value"))
                .containsExactly("SPLIT", "BACK_ORDER", "CANCEL");
        mvc.perform(post("/tasks/" + task.key()).param("stockResolution", "LATER").with(as(team.rep())).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/tasks/" + task.key()).param("stockResolution", "BACK_ORDER").with(as(team.rep()))
                .with(csrf())).andExpect(redirectedUrl("/tasks"));

        await().atMost(PATIENCE).until(() -> json.readTree(mvc.perform(get("/api/v1/orders/" + orderId)
                .with(httpBasic(team.ops(), PASSWORD))).andReturn().getResponse().getContentAsString()),
                o -> o.path("status").asText().equals("BACKORDERED"));
    }

    @Test
    void theRepFollowsUpAVisitWithANoteAndTheFollowUpProcessEnds() throws Exception {
        String visit = SalesFixtures.id(mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "startedAt": "2026-11-30T09:00:00Z", "outcome": "INTERESTED"}
                        """.formatted(team.repId(), account))).andExpect(status().isCreated()));
        long instance = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> mvc.perform(get("/api/v1/visits/" + visit + "/follow-up")
                        .with(httpBasic(team.rep(), PASSWORD))).andReturn().getResponse(), r -> r.getStatus() == 200)
                .getContentAsString().transform(this::readTree).path("processInstanceKey").asLong();
        UserTask task = awaitTaskOf(instance, "task_follow_up_visit");

        Document form = page(get("/tasks/" + task.key()).with(as(team.rep())));
        assertThat(form.select("h1").text()).isEqualTo("Follow up visit");
        assertThat(form.select("textarea[name=followUpNote]")).hasSize(1);
        assertThat(form.select("form.task-form input[name=_csrf]")).hasSize(1);
        mvc.perform(get("/tasks/" + task.key()).with(as(team.teammate()))).andExpect(status().isForbidden());
        Document refused = Jsoup.parse(mvc.perform(post("/tasks/" + task.key()).param("followUpNote", "  ")
                .with(as(team.rep())).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(refused.select("[role=alert]").text()).contains("followUpNote", "say what you did");
        assertThat(refused.select("textarea.invalid[name=followUpNote]")).hasSize(1);
        mvc.perform(post("/tasks/" + task.key()).param("followUpNote", "Called, offer sent").with(as(team.rep())))
                .andExpect(status().isForbidden());

        mvc.perform(post("/tasks/" + task.key()).param("followUpNote", "Called, offer sent").with(as(team.rep()))
                .with(csrf())).andExpect(redirectedUrl("/tasks"));

        ProcessInstance done = await().atMost(PATIENCE).until(() -> workflow.instance(instance),
                ProcessInstance::isEnded);
        assertThat(done.state()).isEqualTo(ProcessInstance.InstanceState.COMPLETED);
        assertThat(done.passed("end_followed_up", "COMPLETED")).isTrue();
        assertThat(done.variables()).containsEntry("followUpNote", "Called, offer sent");
    }

    @Test
    void contactingALeadQualifiesItOrDisqualifiesItWithAReason() throws Exception {
        String process = SalesFixtures.unique("lead-");
        workflow.deploy(List.of(new ModelResource(process + ".bpmn", Bpmn.convertToString(
                Bpmn.createExecutableProcess(process).startEvent().userTask("task_contact_lead", t -> t
                        .name("Contact lead").zeebeUserTask().zeebeAssigneeExpression("repUsername")
                        .zeebeExternalFormReference("salesos:contact-lead")).endEvent().done())
                .getBytes(StandardCharsets.UTF_8))));
        long instance = workflow.start(process, Map.of("repUsername", team.rep(), "priority", "HIGH",
                "priorityReason", "<i>referral</i> from a partner"), null);
        UserTask task = awaitTaskOf(instance, "task_contact_lead");

        String html = mvc.perform(get("/tasks/" + task.key()).with(as(team.rep()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&lt;i&gt;referral&lt;/i&gt;").doesNotContain("<i>referral</i>");
        assertThat(Jsoup.parse(html).select("button[name=qualification]").eachAttr("value"))
                .containsExactly("QUALIFIED", "DISQUALIFIED");
        Document refused = Jsoup.parse(mvc.perform(post("/tasks/" + task.key()).param("qualification", "DISQUALIFIED")
                .with(as(team.rep())).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString());
        assertThat(refused.select("[role=alert]").text()).contains("disqualificationReason");

        mvc.perform(post("/tasks/" + task.key()).param("qualification", "DISQUALIFIED")
                .param("disqualificationReason", "Student project").with(as(team.rep())).with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
        ProcessInstance done = await().atMost(PATIENCE).until(() -> workflow.instance(instance),
                ProcessInstance::isEnded);
        assertThat(done.variables()).containsEntry("qualification", "DISQUALIFIED")
                .containsEntry("disqualificationReason", "Student project");
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : new String[] { "/tasks", "/my-day", "/quotes", "/commissions" }) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private String quote(String discountPercent) throws Exception {
        String body = """
                {"repId": "%s", "accountId": "%s", "items": [{"sku": "%s", "quantity": 10, "discountPercent": %s}]}"""
                .formatted(team.repId(), account, water, discountPercent);
        return SalesFixtures.id(mvc.perform(post("/api/v1/sales-reps/quote").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    private JsonNode readQuote(String quoteId) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/quotes/" + quoteId).with(httpBasic(team.ops(), PASSWORD)))
                .andReturn().getResponse().getContentAsString());
    }

    private JsonNode awaitQuote(String quoteId, String status) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> readQuote(quoteId),
                q -> q.path("status").asText().equals(status));
    }

    private UserTask awaitTask(String quoteId, String elementId) {
        long instance = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> readQuote(quoteId),
                q -> q.hasNonNull("processInstanceKey")).path("processInstanceKey").asLong();
        return awaitTaskOf(instance, elementId);
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UserTask awaitTaskOf(long instance, String elementId) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> workflow.tasks(TaskQuery.ofInstance(instance)).items().stream()
                        .filter(t -> t.elementId().equals(elementId)).findFirst().orElse(null), t -> t != null);
    }
}
