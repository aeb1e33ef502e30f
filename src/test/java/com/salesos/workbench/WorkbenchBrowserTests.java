package com.salesos.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.BrowserTest;
import com.salesos.BrowserTestSupport;
import com.salesos.SalesFixtures;
import com.salesos.accounts.AccountTier;
import com.salesos.quotes.ApprovalLevel;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteStatus;
import com.salesos.quotes.QuoteView;
import com.salesos.security.Role;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sales ops at work in a real browser: upload a changed decision, test it, and the next quote uses it; the walls
 * around the workbench.
 */
@BrowserTest
class WorkbenchBrowserTests extends BrowserTestSupport {

    private static final String GUARDRAILS = "pricing-guardrails";
    @Autowired
    Workflow workflow;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    QuoteService quotes;

    @Test
    void salesOpsUploadAChangedDecisionSeeTheNewVersionAndTestIt(@TempDir Path dir)
            throws IOException {
        String decision = WorkbenchFixtures.unique("discount");
        deploy(decision + ".dmn", WorkbenchFixtures.discountTable(decision, 25));
        Path changed = Files.writeString(dir.resolve(decision + ".dmn"), WorkbenchFixtures.discountTable(decision, 30));
        signInAsNew(Role.SALES_OPS);

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

    /**
     * The guardrails are shared by the whole suite: the changed version differs only for a product category that
     * this test makes up, and the original comes back as a newer version afterwards (content deployed before
     * makes no new version, so it carries a comment that makes it new).
     */
    @Test
    void aChangedGuardrailsTableUploadedAndTestedIsUsedByTheNextQuote(@TempDir Path dir) throws IOException {
        String category = WorkbenchFixtures.unique("BROWSER").toUpperCase();
        DeployedModel before = latest(GUARDRAILS);
        String original = workflow.modelXml(before.key());
        SalesFixtures.Team team = fixtures.team();
        UUID account = fixtures.account(AccountTier.STANDARD);
        String sku = fixtures.product(category, "10.00", "4.00", 500);
        Map<String, Object> facts = Map.of("customerTier", "STANDARD", "productCategory", category,
                "discountPercent", 8, "quoteTotal", 92, "quantity", 10, "marginPercent", 56.5);
        assertThat(outputs(workflow.evaluateDecision(GUARDRAILS, facts))).containsEntry("approvalLevel", "NONE");
        Path changed = Files.writeString(dir.resolve(GUARDRAILS + ".dmn"),
                WorkbenchFixtures.withMarkerBand(original, category, 5));
        try {
            signInAsNew(Role.SALES_OPS);
            browser.open("/ops/models");
            browser.driver().findElement(By.cssSelector("input[type=file][name=files]")).sendKeys(changed.toString());
            browser.driver().findElement(By.cssSelector("form.upload button")).click();
            int version = before.version() + 1;
            assertThat(browser.waitFor(By.id("upload-report")).getText()).contains(GUARDRAILS + " version " + version);
            browser.driver().findElement(By.cssSelector("#upload-report")).findElement(By.linkText(GUARDRAILS)).click();
            assertThat(browser.waitFor(By.tagName("h1")).getText()).contains("version " + version);
            Map.of("in.productCategory", category, "in.discountPercent", "8", "in.quoteTotal", "92",
                    "in.quantity", "10", "in.marginPercent", "56.5", "in.customerTier", "STANDARD")
                    .forEach((name, value) -> browser.driver().findElement(By.name(name)).sendKeys(value));
            browser.driver().findElement(By.cssSelector("form.tester button")).click();
            assertThat(browser.waitFor(By.id("tester-result")).getText()).contains("MANAGER");
            assertThat(browser.driver().findElements(By.cssSelector("table.dmn tr.matched")).stream()
                    .map(r -> r.getAttribute("data-rule-id")).toList()).contains("rule_marker_band");

            // the rep's next quote, made in the browser: the preview and the process both use the new version
            browser.signIn(team.rep(), SalesFixtures.PASSWORD);
            // the suite's database holds more accounts than the form offers at once: open it for the account
            browser.open("/quotes/new?accountId=" + account);
            new Select(browser.driver().findElement(By.name("accountId"))).selectByValue(account.toString());
            browser.driver().findElement(By.name("sku-0")).sendKeys(sku);
            browser.driver().findElement(By.name("quantity-0")).sendKeys("10");
            browser.driver().findElement(By.name("discount-0")).sendKeys("8");
            // the preview follows every keystroke: wait for the one with the discount typed, then read its version
            WebElement warning = browser.waitForText(By.id("guardrails"), "manager's");
            assertThat(warning.getAttribute("data-level")).isEqualTo("MANAGER");
            assertThat(warning.getText()).contains(GUARDRAILS + " v" + version);
            browser.driver().findElement(By.cssSelector("button[value=create]")).click();
            browser.waitFor(By.cssSelector("h2 .state"));
            UUID quoteId = UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*/quotes/", ""));
            QuoteView quote = driveUntil(() -> quotes.find(quoteId).orElseThrow(),
                    q -> q.status() == QuoteStatus.PENDING_APPROVAL);
            assertThat(quote.approval().level()).isEqualTo(ApprovalLevel.MANAGER);
            assertThat(quote.approval().maxDiscountPercent()).isEqualByComparingTo("5");
            // what the instance's guardrails step decided: the marker band only the new version has
            Map<String, Object> decided = outputs(workflow.instance(quote.processInstanceKey()).variables().get("guardrails"));
            assertThat(decided.get("approvalLevel")).isEqualTo("MANAGER");
            assertThat(new BigDecimal(decided.get("maxDiscountPercent").toString())).isEqualByComparingTo("5");
        } finally {
            workflow.deploy(List.of(new ModelResource(GUARDRAILS + ".dmn", original.replaceFirst("\\?>",
                    "?>\n<!-- the shipped table again, after " + category + " -->").getBytes(StandardCharsets.UTF_8))));
        }
        DeployedModel restored = latest(GUARDRAILS);
        assertThat(restored.version()).isEqualTo(before.version() + 2);
        DecisionResult after = workflow.evaluateDecision(GUARDRAILS, facts);
        assertThat(after.version()).isEqualTo(restored.version());
        assertThat(outputs(after)).containsEntry("approvalLevel", "NONE");
    }

    @Test
    void aRepIsForbiddenTheWorkbenchAndIsNotShownItsLinks() {
        signInAsNew(Role.REP);

        assertThat(browser.driver().findElements(By.linkText("Models"))).isEmpty();
        browser.open("/ops/models");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Forbidden");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused(@TempDir Path dir) throws IOException {
        String id = WorkbenchFixtures.unique("forged");
        Path file = Files.write(dir.resolve(id + ".bpmn"), WorkbenchFixtures.approvalProcess(id, "Forged"));
        signInAsNew(Role.SALES_OPS);

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
        signInAsNew(Role.SALES_OPS);

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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> outputs(Object value) {
        Object outputs = value instanceof DecisionResult result ? result.value() : value;
        assertThat(outputs).isInstanceOf(Map.class);
        return (Map<String, Object>) outputs;
    }

    private DeployedModel latest(String id) {
        return workflow.models().stream().filter(m -> m.id().equals(id))
                .max(Comparator.comparingInt(DeployedModel::version)).orElseThrow();
    }

    private void deploy(String name, String xml) {
        workflow.deploy(List.of(new ModelResource(name, xml.getBytes(StandardCharsets.UTF_8))));
    }
}
