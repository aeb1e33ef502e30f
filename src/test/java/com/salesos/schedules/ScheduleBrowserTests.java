package com.salesos.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.salesos.BrowserTest;
import com.salesos.BrowserTestSupport;
import com.salesos.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sales ops on the schedules page in a real browser: the schedules with their next firing, one run now. */
@BrowserTest
class ScheduleBrowserTests extends BrowserTestSupport {


    @Autowired
    JdbcTemplate jdbc;

    @Test
    void salesOpsSeeTheSchedulesAndRunTheStaleDealSweepNow() throws IOException {
        jdbc.update("delete from schedule_last_run where name = 'stale-deals'");
        signInAsNew(Role.SALES_OPS);

        browser.driver().findElement(By.linkText("Schedules")).click();
        WebElement row = browser.waitFor(By.cssSelector("tr[data-schedule='stale-deals']"));
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-schedule]")).stream()
                .map(r -> r.getAttribute("data-schedule")).toList())
                .contains("route-start", "kpi-snapshot", "stale-deals", "weekly-insights");
        assertThat(row.findElement(By.cssSelector("td.next")).getText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(row.findElement(By.cssSelector("td.last-run")).getText()).isEqualTo("never");

        row.findElement(By.cssSelector("form button")).click();

        assertThat(browser.waitFor(By.id("run-report")).getText()).contains("stale-deals ran for");
        WebElement after = browser.waitFor(By.cssSelector("tr[data-schedule='stale-deals'] td.last-run .outcome"));
        assertThat(after.getText()).isEqualTo("OK");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-schedule='stale-deals'] .summary")).getText())
                .endsWith("newly flagged");
        browser.screenshot("ops-schedules", 1280);
        browser.screenshot("ops-schedules-phone", 390);
    }
}
