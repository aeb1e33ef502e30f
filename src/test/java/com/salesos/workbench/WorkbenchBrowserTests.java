package com.salesos.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.salesos.BrowserTest;
import com.salesos.BrowserTestSupport;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Sales ops at work in a real browser: upload a changed decision, test it; the walls around the workbench. */
@BrowserTest
class WorkbenchBrowserTests extends BrowserTestSupport {

    private static final String PASSWORD = "browser-pw-1";
    @Autowired
    UserService users;
    @Autowired
    Workflow workflow;

    @Test
    void salesOpsUploadAChangedDecisionSeeTheNewVersionAndTestIt(@TempDir Path dir)
            throws IOException {
        String decision = WorkbenchFixtures.unique("discount");
        deploy(decision + ".dmn", WorkbenchFixtures.discountTable(decision, 25));
        Path changed = Files.writeString(dir.resolve(decision + ".dmn"), WorkbenchFixtures.discountTable(decision, 30));
        browser.signIn(person(Role.SALES_OPS), PASSWORD);

        browser.open("/ops/models");
        browser.driver().findElement(By.cssSelector("input[type=file][name=files]")).sendKeys(changed.toString());
        browser.driver().findElement(By.cssSelector("form.upload button")).click();
        WebElement report = browser.waitFor(By.id("upload-report"));
        assertThat(report.getText()).contains(decision, "version 2");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-model-id='" + decision + "'] td.versions a"))
                .stream().map(WebElement::getText).toList()).containsExactly("v2", "v1");

        report.findElement(By.linkText(decision)).click();
        assertThat(browser.waitFor(By.tagName("h1")).getText()).contains("version 2");
        String pageUrl = browser.driver().getCurrentUrl();
        browser.driver().findElement(By.name("in.discount")).sendKeys("28");
        browser.driver().findElement(By.cssSelector("form.tester button")).click();

        WebElement result = browser.waitFor(By.id("tester-result"));
        // 28 % is a manager's under the new 30 % threshold (it was a director's under version 1's 25 %)
        assertThat(result.getText()).contains("version 2", "manager");
        assertThat(browser.driver().findElements(By.cssSelector("table.dmn tr.matched")).stream()
                .map(r -> r.getAttribute("data-rule-id")).toList()).containsExactly("rule_manager");
        assertThat(browser.driver().findElement(By.cssSelector("tr.matched td")).getCssValue("background-color"))
                .isEqualTo("rgba(255, 243, 176, 1)");
        // htmx swapped the decision section in place: the page itself was not left
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(pageUrl);
    }

    @Test
    void aRepIsForbiddenTheWorkbenchAndIsNotShownItsLinks() {
        browser.signIn(person(Role.REP), PASSWORD);

        assertThat(browser.driver().findElements(By.linkText("Models"))).isEmpty();
        browser.open("/ops/models");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Forbidden");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused(@TempDir Path dir) throws IOException {
        String id = WorkbenchFixtures.unique("forged");
        Path file = Files.write(dir.resolve(id + ".bpmn"), WorkbenchFixtures.approvalProcess(id, "Forged"));
        browser.signIn(person(Role.SALES_OPS), PASSWORD);

        browser.open("/ops/models");
        browser.script("document.querySelector('form.upload input[name=_csrf]').remove()");
        browser.driver().findElement(By.cssSelector("input[type=file][name=files]")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector("form.upload button")).click();

        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Forbidden");
        assertThat(workflow.models()).noneMatch(m -> m.id().equals(id));
    }

    @Test
    void theWorkbenchPagesShowTheShippedModelsInstancesIncidentsAndWaits() throws Exception {
        String approval = WorkbenchFixtures.unique("approval");
        workflow.deploy(List.of(new ModelResource(approval + ".bpmn",
                WorkbenchFixtures.approvalProcess(approval, "Discount approval"))));
        long waiting = workflow.start(approval, Map.of("quoteId", "Q-1042", "discountPercent", 22), "Q-1042");
        long done = workflow.start(approval, Map.of("quoteId", "Q-1041"), "Q-1041");
        String stuck = WorkbenchFixtures.unique("routing");
        workflow.deploy(List.of(new ModelResource(stuck + ".bpmn", WorkbenchFixtures.gatewayProcess(stuck))));
        workflow.start(stuck, Map.of(), "Q-1043");
        await().atMost(Duration.ofSeconds(15)).until(() -> workflow.tasks(TaskQuery.ofInstance(done)).items(),
                t -> !t.isEmpty());
        workflow.complete(workflow.tasks(TaskQuery.ofInstance(done)).items().get(0).key(), Map.of("approved", true));
        browser.signIn(person(Role.SALES_OPS), PASSWORD);

        browser.open("/ops/models");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-model-id='quote-to-commission']"))).hasSize(1);
        browser.screenshot("workbench-models", 1280);
        browser.screenshot("workbench-models-phone", 390);

        browser.open("/ops/models/" + latest("quote-to-commission").key());
        assertThat(browser.driver().findElements(By.cssSelector(".diagram svg g.shape")).size()).isGreaterThan(10);
        assertThat(browser.driver().findElements(By.cssSelector(".diagram svg g.edge")).size()).isGreaterThan(10);
        browser.screenshot("workbench-process-diagram", 1600);

        browser.open("/ops/models/" + latest("pricing-guardrails").key());
        Map.of("in.productCategory", "HARDWARE", "in.discountPercent", "18", "in.quoteTotal", "12000",
                "in.quantity", "40", "in.marginPercent", "31", "in.customerTier", "GOLD")
                .forEach((name, value) -> browser.driver().findElement(By.name(name)).sendKeys(value));
        browser.driver().findElement(By.cssSelector("form.tester button")).click();
        browser.waitFor(By.id("tester-result"));
        assertThat(browser.driver().findElements(By.cssSelector("table.dmn tr.matched"))).hasSize(1);
        browser.screenshot("workbench-decision-tester", 1400);

        browser.open("/ops/instances/" + waiting);
        assertThat(browser.waitFor(By.cssSelector("g.shape.active")).getAttribute("data-element-id"))
                .isEqualTo("task_approve");
        browser.screenshot("workbench-instance", 1280);

        browser.open("/ops/incidents");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-incident-key] button"))).isNotEmpty();
        browser.screenshot("workbench-incidents", 1280);

        browser.open("/ops/waits?process=" + approval + "&days=7");
        assertThat(browser.driver().findElements(By.cssSelector("g.shape text.note"))).isNotEmpty();
        browser.screenshot("workbench-waits", 1280);
    }

    private DeployedModel latest(String id) {
        return workflow.models().stream().filter(m -> m.id().equals(id))
                .max(Comparator.comparingInt(DeployedModel::version)).orElseThrow();
    }

    private String person(Role role) {
        String username = WorkbenchFixtures.unique(role.name().toLowerCase());
        users.create(username, PASSWORD, username, Set.of(role), null);
        return username;
    }

    private void deploy(String name, String xml) {
        workflow.deploy(List.of(new ModelResource(name, xml.getBytes(StandardCharsets.UTF_8))));
    }
}
