package com.salesos.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

import com.salesos.BrowserTest;
import com.salesos.BrowserTestSupport;
import com.salesos.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sales ops on the webhooks page in a real browser: a dead delivery read and replayed. Takes its screenshot. */
@BrowserTest
class WebhookBrowserTests extends BrowserTestSupport {

    // markup in a receiver's answer must show as text: were it parsed, it would rename the page
    private static final String HOSTILE = "<img src=x onerror=\"document.title='pwned'\">";

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final WebhookPageFixtures hooks = new WebhookPageFixtures();

    @Test
    void salesOpsSeeADeadDeliveryWithItsAnswerAndReplayIt() throws IOException {
        UUID subscription = hooks.subscription();
        hooks.deadDelivery(subscription, "connection refused");
        UUID dead = hooks.deadDelivery(subscription, "502 from the gateway " + HOSTILE);
        signInAsNew(Role.SALES_OPS);

        browser.open("/ops/webhooks");
        browser.driver().findElement(By.linkText("Dead")).click();
        WebElement row = browser.waitFor(By.cssSelector("#deliveries tr[data-delivery='" + dead + "']"));
        assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("DEAD");
        assertThat(row.findElement(By.cssSelector(".attempts")).getText()).isEqualTo("8");
        assertThat(row.findElement(By.cssSelector(".last-error")).getText()).contains("HTTP 503", HOSTILE);
        assertThat(browser.driver().getTitle()).isEqualTo("Webhooks · Sales OS");
        assertThat(browser.driver().findElement(By.cssSelector("#subscriptions tr[data-subscription='"
                + subscription + "'] .events")).getText()).isEqualTo("page-test.one, page-test.two");
        browser.screenshot("ops-webhooks", 1280);
        browser.screenshot("ops-webhooks-phone", 390);

        row.findElement(By.cssSelector("form button")).click();

        assertThat(browser.waitFor(By.id("replay-report")).getText()).contains(dead.toString(), "sent next");
        assertThat(jdbc.queryForObject("select state from webhook_delivery where id = ?", String.class, dead))
                .isNotEqualTo("DEAD");
        browser.open("/ops/webhooks?state=DEAD");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-delivery='" + dead + "']"))).isEmpty();
    }
}
