package com.salesos.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.BrowserTest;
import com.salesos.BrowserTestSupport;
import com.salesos.FieldFixtures;
import com.salesos.SalesFixtures;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.Potential;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.NewPrice;
import com.salesos.catalog.NewProduct;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.Money;
import com.salesos.quotes.ApprovalLevel;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteStatus;
import com.salesos.quotes.QuoteView;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import com.salesos.routes.RoutePlanFilter;
import com.salesos.routes.RouteService;
import com.salesos.visits.NewVisit;
import com.salesos.visits.VisitOutcome;
import com.salesos.visits.VisitService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A rep's territory and new quote in a real browser: the map at once and the proposed week after it, a day
 * accepted; a quote made with the product picker, live totals and the guardrails' warning. Takes their screenshots.
 */
@BrowserTest
class TerritoryAndQuoteBrowserTests extends BrowserTestSupport {

    @Autowired
    RepService reps;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountService accounts;
    @Autowired
    VisitService visits;
    @Autowired
    RouteService routes;
    @Autowired
    CatalogService catalog;
    @Autowired
    QuoteService quotes;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Test
    void aRepSeesTheTerritoryMapThenTheProposedWeekAndAcceptsADay() throws IOException {
        GeoPoint home = FieldFixtures.somewhere();
        FieldFixtures.Team team = FieldFixtures.team(reps, users, home);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        UUID territory = TerritoryFixtures.squareAround(territories, reps, json, team.repId(), home, today,
                "Isar Nord");
        String[] names = { "Getränke Huber", "Kiosk Marktplatz", "Bäckerei Sonnenschein", "Stand am Bahnhof",
                "Café Rosengarten", "Weinhandel Ludwig" };
        int[] daysAgo = { 3, 41, 52, 70, -1, 20 };
        for (int i = 0; i < names.length; i++) {
            GeoPoint north = FieldFixtures.north(home, 7 - 2.5 * i);
            UUID account = TerritoryFixtures.dealer(accounts, territory, names[i],
                    new GeoPoint(north.lat(), north.lon() + (i % 3 - 1) * 0.05));
            if (daysAgo[i] >= 0) {
                Instant at = clock.instant().minus(Duration.ofDays(daysAgo[i]));
                SalesFixtures.asOps(() -> visits.log(new NewVisit(team.repId(), account, null, at,
                        at.plus(Duration.ofMinutes(30)), VisitOutcome.INTERESTED, null, null, null)));
            }
        }
        browser.signIn(team.rep(), FieldFixtures.PASSWORD);

        browser.open("/territory");
        assertThat(browser.driver().findElements(By.cssSelector("figure.territory-map circle.account"))).hasSize(6);
        assertThat(browser.driver().findElements(By.cssSelector("figure.territory-map circle.visit-overdue")))
                .hasSize(2);
        // the planner's week comes after the page: the map is there first, the week replaces the spinner
        WebElement accept = browser.waitFor(By.cssSelector(".week section.day.proposed form button"), PATIENCE);
        assertThat(browser.driver().findElements(By.cssSelector("#week .spinner"))).isEmpty();
        browser.screenshot("territory", 1280);
        browser.screenshot("territory-phone", 390);
        WebElement day = accept.findElement(By.xpath("ancestor::section[contains(@class, 'day')]"));
        String date = day.getAttribute("id").substring("day-".length());
        List<String> proposed = day.findElements(By.cssSelector("ol.stops .name")).stream().map(WebElement::getText)
                .toList();
        accept.click();

        assertThat(browser.waitFor(By.cssSelector("p.report.ok")).getText()).contains("route plan for " + date);
        WebElement planned = browser.waitFor(By.cssSelector("#day-" + date + ".accepted"), PATIENCE);
        assertThat(planned.getText()).contains("Planned");
        var plans = SalesFixtures.asOps(() -> routes.list(new RoutePlanFilter(team.repId(), LocalDate.parse(date),
                LocalDate.parse(date)), PageRequest.of(0, 5)).items());
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).stops().stream().map(s -> s.accountName()).toList())
                .containsExactlyElementsOf(proposed);
    }

    @Test
    void aRepPicksProductsSeesTheTotalsAndTheWarningAndCreatesTheQuote() throws IOException {
        SalesFixtures.Team team = fixtures.team();
        String accountName = SalesFixtures.unique("Kiosk Sonnenseite ");
        UUID account = accounts.create(new NewAccount(accountName, AccountType.STAND, AccountTier.STANDARD, null,
                null, null, null, null, null, null, null, null, null, Potential.MEDIUM, null, null)).id();
        String prefix = SalesFixtures.unique("AQ").toUpperCase();
        String water = product(prefix + "-S", "Alpenquelle still 0.5 l", "7.90", "4.35");
        String sparkling = product(prefix + "-P", "Alpenquelle sparkling 0.5 l", "8.40", "4.60");
        browser.signIn(team.rep(), SalesFixtures.PASSWORD);

        browser.open("/quotes/new?q=" + accountName.replace(" ", "+"));
        new Select(browser.driver().findElement(By.name("accountId"))).selectByValue(account.toString());
        WebElement search = browser.driver().findElement(By.name("product"));
        search.sendKeys(prefix.toLowerCase());
        List<WebElement> picks = browser.waitForText(By.id("product-choices"), "sparkling")
                .findElements(By.cssSelector("button.pick"));
        assertThat(picks.stream().map(p -> p.getAttribute("data-sku")).toList())
                .containsExactlyInAnyOrder(water, sparkling);
        WebElement pickWater = browser.driver().findElement(By.cssSelector("button.pick[data-sku='" + water + "']"));
        assertThat(pickWater.getText()).contains("Alpenquelle still 0.5 l", "7.90 EUR / piece");
        pickWater.click();
        browser.driver().findElement(By.cssSelector("button.pick[data-sku='" + sparkling + "']")).click();
        assertThat(browser.driver().findElement(By.name("sku-0")).getAttribute("value")).isEqualTo(water);
        assertThat(browser.driver().findElement(By.name("sku-1")).getAttribute("value")).isEqualTo(sparkling);
        type("quantity-0", "10");
        type("discount-0", "15");
        type("quantity-1", "10");
        type("discount-1", "15");

        // 10 × 7.90 + 10 × 8.40 = 163.00, less 15 %: 138.55; 15 % is beyond the free band of a STANDARD customer
        browser.waitForText(By.cssSelector("#preview td.total"), "138.55 EUR");
        WebElement warning = browser.waitFor(By.id("guardrails"));
        assertThat(warning.getAttribute("data-level")).isEqualTo("MANAGER");
        assertThat(warning.getText()).contains("manager's approval", "pricing-guardrails v");
        browser.screenshot("quote-new", 1280);
        browser.screenshot("quote-new-phone", 390);
        browser.driver().findElement(By.cssSelector("button[value=create]")).click();

        browser.waitFor(By.cssSelector("h2 .state"));
        UUID quoteId = UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*/quotes/", ""));
        QuoteView quote = driveUntil(() -> quotes.find(quoteId).orElseThrow(),
                q -> q.status() == QuoteStatus.PENDING_APPROVAL);
        assertThat(quote.accountId()).isEqualTo(account);
        assertThat(quote.repId()).isEqualTo(team.repId());
        assertThat(quote.total().amount()).isEqualByComparingTo("138.55");
        assertThat(quote.approval().level()).isEqualTo(ApprovalLevel.MANAGER);
        browser.open("/quotes/" + quoteId);
        assertThat(browser.waitFor(By.cssSelector("h2 .state")).getText()).isEqualTo("PENDING_APPROVAL");
    }

    private void type(String field, String value) {
        WebElement input = browser.driver().findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    private String product(String sku, String name, String price, String cost) {
        catalog.create(new NewProduct(sku, name, "BEVERAGES", null, true, Money.of(cost, "EUR"),
                new NewPrice(new BigDecimal(price), "EUR", null, null, null)));
        return sku;
    }
}
