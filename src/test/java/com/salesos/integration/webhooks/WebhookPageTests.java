package com.salesos.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import com.salesos.SalesOsTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The sales ops webhooks page: subscriptions, latest deliveries, replaying a dead one, access and escaping. */
@SalesOsTest
class WebhookPageTests {

    private static final RequestPostProcessor OPS = user("ops-webhooks").roles("SALES_OPS");
    private static final String HOSTILE = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final WebhookPageFixtures hooks = new WebhookPageFixtures();

    @Test
    void listsSubscriptionsAndADeadDeliveryWithItsAttemptsAndEscapedError() throws Exception {
        UUID subscription = hooks.subscription();
        UUID delivery = hooks.deadDelivery(subscription, "connection refused " + HOSTILE);

        MvcResult result = mvc.perform(get("/ops/webhooks").param("state", "DEAD").with(OPS))
                .andExpect(status().isOk()).andReturn();
        String html = result.getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("#subscriptions tr[data-subscription=" + subscription + "] .events").text())
                .isEqualTo("page-test.one, page-test.two");
        Element row = page.selectFirst("#deliveries tr[data-delivery=" + delivery + "]");
        assertThat(row.select(".state").text()).isEqualTo("DEAD");
        assertThat(row.select(".attempts").text()).isEqualTo("8");
        assertThat(row.select(".last-error").text()).contains("HTTP 503", "connection refused " + HOSTILE);
        assertThat(row.select("form button").text()).isEqualTo("Replay");
        assertThat(html).doesNotContain(HOSTILE).contains("&lt;script&gt;");
        assertThat(page.select("nav.main-nav a[href=/ops/webhooks]")).hasSize(1);
    }

    @Test
    void replayMakesADeadDeliveryPendingAgainWithAFreshBudget() throws Exception {
        UUID delivery = hooks.deadDelivery(hooks.subscription(), "timeout");

        mvc.perform(post("/ops/webhooks/deliveries/" + delivery + "/replay").with(OPS).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/ops/webhooks"))
                .andExpect(result -> {
                    DeliveryView replayed = (DeliveryView) result.getFlashMap().get("replayed");
                    assertThat(replayed.id()).isEqualTo(delivery);
                    assertThat(replayed.state()).isEqualTo(DeliveryState.PENDING);
                    assertThat(replayed.attempts()).isZero();
                });
        // the dispatcher may already be trying it again, but it is no longer dead after 8 attempts
        assertThat(jdbc.queryForObject("select attempts from webhook_delivery where id = ?", Integer.class, delivery))
                .isLessThan(8);

        mvc.perform(post("/ops/webhooks/deliveries/" + UUID.randomUUID() + "/replay").with(OPS).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPendingDeliveryCannotBeReplayed() throws Exception {
        UUID delivery = hooks.deadDelivery(hooks.subscription(), "x");
        jdbc.update("update webhook_delivery set state = 'PENDING', next_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().plusSeconds(3600)), delivery);

        mvc.perform(post("/ops/webhooks/deliveries/" + delivery + "/replay").with(OPS).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void replayWithoutTheCsrfTokenIsRefusedAndLeavesTheDeliveryDead() throws Exception {
        UUID delivery = hooks.deadDelivery(hooks.subscription(), "x");

        mvc.perform(post("/ops/webhooks/deliveries/" + delivery + "/replay").with(OPS))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select state from webhook_delivery where id = ?", String.class, delivery))
                .isEqualTo("DEAD");
    }

    @Test
    void repsAndManagersAreForbidden() throws Exception {
        UUID delivery = hooks.deadDelivery(hooks.subscription(), "x");
        for (String role : new String[] {"REP", "MANAGER"}) {
            mvc.perform(get("/ops/webhooks").with(user("someone").roles(role))).andExpect(status().isForbidden());
            mvc.perform(post("/ops/webhooks/deliveries/" + delivery + "/replay").with(user("someone").roles(role))
                    .with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select state from webhook_delivery where id = ?", String.class, delivery))
                .isEqualTo("DEAD");
    }
}
