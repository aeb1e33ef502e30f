package com.salesos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.salesos.BrowserTest;
import com.salesos.BrowserTestSupport;
import com.salesos.FieldFixtures;
import com.salesos.SalesFixtures;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.platform.GeoPoint;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.QuoteProcess;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteStatus;
import com.salesos.kpi.KpiService;
import com.salesos.reps.RepService;
import com.salesos.routes.NewRoutePlan;
import com.salesos.routes.RouteService;
import com.salesos.visits.NewVisit;
import com.salesos.visits.VisitOutcome;
import com.salesos.visits.VisitFilter;
import com.salesos.visits.VisitService;
import com.salesos.visits.VisitView;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.Workflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rep's and a manager's day in a real browser: the route of the day and a visit logged from a stop; the visit's
 * follow-up task completed from the inbox; a discount approved from the manager's inbox, after which the quote is sent. Takes the README's screenshots.
 */
@BrowserTest
class RepAndManagerBrowserTests extends BrowserTestSupport {

    @Autowired
    RepService reps;
    @Autowired
    AccountService accounts;
    @Autowired
    RouteService routes;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    QuoteProcess quoteProcess;
    @Autowired
    QuoteService quotes;
    @Autowired
    KpiService kpis;
    @Autowired
    VisitService visits;
    @Autowired
    Clock clock;
    @Autowired
    Workflow workflow;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRepSeesTheDaysRouteAndLogsAVisitFromTheNextStop() throws IOException {
        GeoPoint home = FieldFixtures.somewhere();
        FieldFixtures.Team team = FieldFixtures.team(reps, users, home);
        List<NewRoutePlan.NewStop> stops = List.of(stop(home, 8, 1.5, "Kiosk am Markt", "09:00", "11:00"),
                stop(home, 14, -2, "Getränke Weber", null, null), stop(home, 21, 3, "Stand Hafen", "13:00", "16:00"),
                stop(home, 17, 6, "Bäckerei Sonne", null, null));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        SalesFixtures.asOps(() -> routes.plan(new NewRoutePlan(team.repId(), today, stops)));
        browser.signIn(team.rep(), FieldFixtures.PASSWORD);

        browser.open("/my-day");
        assertThat(browser.driver().findElements(By.cssSelector("figure.route-map g.stop"))).hasSize(4);
        assertThat(browser.waitFor(By.cssSelector(".next-stop")).getText()).contains("Next stop: Kiosk am Markt");
        browser.screenshot("my-day", 1280);
        browser.screenshot("my-day-phone", 390);

        WebElement first = browser.driver().findElement(By.cssSelector("ol.stops li"));
        first.findElement(By.cssSelector("details.log-visit summary")).click();
        first.findElement(By.cssSelector("button[value=INTERESTED]")).click();

        assertThat(browser.waitFor(By.cssSelector("p.report.ok")).getText()).contains("Visit logged", "Kiosk am Markt");
        assertThat(browser.driver().findElement(By.cssSelector("ol.stops li .state")).getText()).isEqualTo("VISITED");
        assertThat(browser.driver().findElement(By.cssSelector(".next-stop")).getText()).contains("Getränke Weber");
    }

    @Test
    void aRepLogsAVisitAndCompletesItsFollowUpTaskAndTheFollowUpProcessEnds() throws IOException {
        GeoPoint home = FieldFixtures.somewhere();
        FieldFixtures.Team team = FieldFixtures.team(reps, users, home);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        SalesFixtures.asOps(() -> routes.plan(new NewRoutePlan(team.repId(), today,
                List.of(stop(home, 5, 1, "Kiosk Lindenplatz", null, null)))));
        browser.signIn(team.rep(), FieldFixtures.PASSWORD);

        browser.open("/my-day");
        WebElement first = browser.waitFor(By.cssSelector("ol.stops li"));
        first.findElement(By.cssSelector("details.log-visit summary")).click();
        // an interested customer: the visit advice says FOLLOW_UP, so the process gives the rep a follow-up task
        first.findElement(By.cssSelector("button[value=INTERESTED]")).click();
        assertThat(browser.waitFor(By.cssSelector("p.report.ok")).getText()).contains("Visit logged");
        Instant now = clock.instant();
        List<VisitView> logged = SalesFixtures.asOps(() -> visits.list(new VisitFilter(team.repId(), null,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))), PageRequest.of(0, 5)).items());
        assertThat(logged).hasSize(1);
        UUID visitId = logged.get(0).id();

        WebElement task = driveUntil(() -> {
            browser.open("/tasks");
            return browser.driver().findElements(By.cssSelector("ul.inbox li a"));
        }, links -> !links.isEmpty()).get(0);
        assertThat(task.getText()).contains("Follow up visit");
        task.click();
        long taskKey = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/tasks/", ""));
        long instance = workflow.task(taskKey).processInstanceKey();
        assertThat(workflow.instance(instance).businessKey()).isEqualTo("visit/" + visitId);
        assertThat(browser.waitFor(By.cssSelector("section.card h2")).getText()).isEqualTo("Follow up");
        assertThat(browser.driver().findElement(By.cssSelector("main")).getText()).contains("Kiosk Lindenplatz");
        browser.driver().findElement(By.name("followUpNote")).sendKeys("Called the owner, offer sent, next visit booked");
        browser.screenshot("task-follow-up-visit", 1280);
        browser.driver().findElement(By.cssSelector("form.task-form button[type=submit]")).click();

        assertThat(browser.waitFor(By.cssSelector("p.report.ok")).getText()).contains("Follow up visit");
        ProcessInstance done = driveUntil(() -> workflow.instance(instance), ProcessInstance::isEnded);
        assertThat(done.state()).isEqualTo(ProcessInstance.InstanceState.COMPLETED);
        assertThat(done.passed("task_follow_up_visit", "COMPLETED")).isTrue();
        assertThat(done.passed("end_followed_up", "COMPLETED")).isTrue();
        assertThat(done.variables()).containsEntry("followUpNote", "Called the owner, offer sent, next visit booked");
        assertThat(browser.driver().findElements(By.cssSelector("ul.inbox li a"))).isEmpty();
    }

    @Test
    void aManagerApprovesADiscountFromTheInboxAndTheQuoteIsSent() throws IOException {
        SalesFixtures.Team team = fixtures.team();
        UUID account = fixtures.account(AccountTier.STANDARD);
        String sku = fixtures.product("BEVERAGES", "7.90", "4.35", 500);
        UUID quoteId = SalesFixtures.asOps(() -> quoteProcess.createAndStart(new NewQuote(team.repId(), account, null,
                null, List.of(new LineRequest(sku, 40, new BigDecimal("15")))))).id();
        // this context runs no job executor: move the quote's process by hand up to the manager's task
        awaitQuote(quoteId, QuoteStatus.PENDING_APPROVAL);
        browser.signIn(team.manager(), SalesFixtures.PASSWORD);

        browser.open("/tasks");
        WebElement task = browser.waitFor(By.cssSelector("ul.inbox li a"));
        assertThat(task.getText()).contains("Approve discount");
        browser.screenshot("task-inbox", 1280);
        task.click();
        browser.waitFor(By.cssSelector("table.lines"));
        browser.driver().findElement(By.name("comment")).sendKeys("Strategic account, one time");
        browser.screenshot("task-approve-discount", 1280);
        browser.screenshot("task-approve-discount-phone", 390);
        browser.driver().findElement(By.cssSelector("button[value=approve]")).click();

        assertThat(browser.waitFor(By.cssSelector("p.report.ok")).getText()).contains("Approve discount");
        awaitQuote(quoteId, QuoteStatus.SENT);
        browser.open("/quotes/" + quoteId);
        assertThat(browser.waitFor(By.cssSelector("h2 .state")).getText()).isEqualTo("SENT");
    }

    @Test
    void aManagerSeesTheTeamsKpisChartedOverTime() throws IOException {
        SalesFixtures.Team team = fixtures.team();
        UUID account = fixtures.account(AccountTier.STANDARD);
        String sku = fixtures.product("BEVERAGES", "12.50", "6.00", 5000);
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1).minusMonths(5);
        for (int i = 0; i < 6; i++) {
            LocalDate start = month.plusMonths(i);
            // the 11th of the month, or a minute ago in this month when that is still to come: never in the future
            Instant made = clock.instant();
            Instant eleventh = start.plusDays(10).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            Instant paid = eleventh.isBefore(made) ? eleventh : made.minus(Duration.ofMinutes(1));
            int quantity = 20 + 15 * i;
            SalesFixtures.asOps(() -> fixtures.paidOrder(team.repId(), account, sku, quantity, paid));
            SalesFixtures.asOps(() -> fixtures.paidOrder(team.teammateId(), account, sku, quantity / 2 + 5, paid));
            for (int v = 0; v < 6 + (i * 7) % 5; v++) {
                Instant at = paid.minus(Duration.ofHours(v + 1));
                SalesFixtures.asOps(() -> visits.log(new NewVisit(team.repId(), account, null, at,
                        at.plus(Duration.ofMinutes(30)), VisitOutcome.INTERESTED, null, null, null)));
            }
            // revenue counts orders by when they were made: move this month's quotes and orders back to the month
            // (visits count by their entry in the append-only activity log, which keeps the time of logging, so
            // they all fall into the current month, as with the demo data)
            backdate(List.of(team.repId(), team.teammateId()), made, paid);
            SalesFixtures.asOps(() -> kpis.snapshot(team.repId(), start, start.plusMonths(1).minusDays(1)));
            SalesFixtures.asOps(() -> kpis.snapshot(team.teammateId(), start, start.plusMonths(1).minusDays(1)));
        }
        browser.signIn(team.manager(), SalesFixtures.PASSWORD);

        browser.open("/team");
        assertThat(browser.waitFor(By.cssSelector("#chart-revenue canvas")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector(".chart .u-title")).stream().map(WebElement::getText)
                .toList()).contains("Visits", "Revenue (EUR)");
        assertThat(browser.driver().findElements(By.cssSelector("table.kpis tbody tr"))).hasSize(6);
        // every month has its visits and revenue: none of the rows is empty
        assertThat(browser.driver().findElements(By.cssSelector("table.kpis tbody tr")).stream()
                .map(WebElement::getText).toList()).noneMatch(row -> row.contains(" 0.00 EUR"));
        browser.screenshot("team-dashboard", 1280);
    }

    private void backdate(List<UUID> repIds, Instant since, Instant to) {
        for (String table : List.of("sales_order", "sales_quote")) {
            for (UUID rep : repIds) {
                jdbc.update("update " + table + " set created_at = ? where rep_id = ? and created_at >= ?",
                        java.sql.Timestamp.from(to), rep, java.sql.Timestamp.from(since));
            }
        }
    }

    private void awaitQuote(UUID quoteId, QuoteStatus status) {
        driveUntil(() -> quotes.find(quoteId).orElseThrow().status(), status::equals);
    }

    private NewRoutePlan.NewStop stop(GeoPoint home, double kmNorth, double kmEast, String name, String from,
            String to) {
        GeoPoint north = FieldFixtures.north(home, kmNorth);
        GeoPoint place = new GeoPoint(north.lat(), north.lon() + Math.toDegrees(kmEast / 6371.0088
                / Math.cos(Math.toRadians(north.lat()))));
        UUID id = accounts.create(new NewAccount(name, AccountType.STAND, null, null, null, null, null, null,
                place.lat(), place.lon(), null, "Europe/Berlin", null, null, null, null)).id();
        return new NewRoutePlan.NewStop(id, 30, from == null ? null
                : new NewRoutePlan.TimeWindow(LocalTime.parse(from), LocalTime.parse(to)), null);
    }
}
