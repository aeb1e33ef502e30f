package com.salesos.integration.webhooks;

import static com.salesos.integration.webhooks.WebhookDeliveryTests.ops;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** With private targets not allowed (the default off the embedded database), internal addresses are refused. */
@SpringBootTest(properties = {"salesos.workflow.executor.enabled=false", "salesos.workflow.timers.enabled=false",
        "salesos.webhooks.allow-private-targets=false"})
@AutoConfigureMockMvc
class WebhookTargetRefusalTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesLoopbackPrivateAndLinkLocalTargetsNamingTheUrl() throws Exception {
        long before = subscriptionCount();
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://172.16.5.5/hook", "https://192.168.0.10/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook")) {
            String body = json.writeValueAsString(Map.of("url", url, "eventTypes", List.of("order.confirmed"),
                    "secret", "a-secret-of-enough-length"));
            mvc.perform(ops(post("/api/v1/webhooks")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("url"))
                    .andExpect(jsonPath("$.errors[0].message").value(
                            "must not point to a loopback, private or link-local address"));
        }
        org.assertj.core.api.Assertions.assertThat(subscriptionCount()).isEqualTo(before);
    }

    private long subscriptionCount() {
        return jdbc.sql("select count(*) from webhook_subscription").query(Long.class).single();
    }
}
