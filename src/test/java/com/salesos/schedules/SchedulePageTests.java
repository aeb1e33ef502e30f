package com.salesos.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesos.SalesOsTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sales ops schedules page: what it lists, who may see it, and its "Run now" button. */
@SalesOsTest
class SchedulePageTests {

    private static final RequestPostProcessor OPS = user("ops-schedules").roles("SALES_OPS");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsEveryScheduleWithItsCronZoneAndNextFiring() throws Exception {
        Document page = page();

        assertThat(page.select("tr[data-schedule]").eachAttr("data-schedule"))
                .contains("route-start", "kpi-snapshot", "stale-deals", "weekly-insights");
        Element kpi = page.selectFirst("tr[data-schedule=kpi-snapshot]");
        assertThat(kpi.select("code").text()).isEqualTo("0 30 1 * * ?");
        assertThat(kpi.select("td.enabled").text()).isEqualTo("yes");
        assertThat(kpi.select("td.next").text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(page.select("nav.main-nav a[href=/ops/schedules]")).hasSize(1);
    }

    @Test
    void runNowRunsTheScheduleAndShowsItsLastRun() throws Exception {
        jdbc.update("delete from schedule_last_run where name = 'stale-deals'");

        mvc.perform(post("/ops/schedules/stale-deals/run").with(OPS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/ops/schedules"))
                .andExpect(flash().attributeExists("ran"));

        Element row = page().selectFirst("tr[data-schedule=stale-deals]");
        assertThat(row.select(".last-run .outcome").text()).isEqualTo("OK");
        assertThat(row.select(".last-run .summary").text()).endsWith("newly flagged");
        mvc.perform(post("/ops/schedules/no-such-schedule/run").with(OPS).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void runNowWithoutTheCsrfTokenIsRefusedAndRunsNothing() throws Exception {
        jdbc.update("delete from schedule_last_run where name = 'weekly-insights'");

        mvc.perform(post("/ops/schedules/weekly-insights/run").with(OPS)).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from schedule_last_run where name = 'weekly-insights'",
                Integer.class)).isZero();
    }

    @Test
    void repsAndManagersAreForbiddenAndAnonymousIsSentToSignIn() throws Exception {
        for (String role : new String[] {"REP", "MANAGER"}) {
            mvc.perform(get("/ops/schedules").with(user("someone").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/ops/schedules/stale-deals/run").with(user("someone").roles(role)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/ops/schedules")).andExpect(status().is3xxRedirection());
    }

    private Document page() throws Exception {
        return Jsoup.parse(mvc.perform(get("/ops/schedules").with(OPS)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
