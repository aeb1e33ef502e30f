package com.salesos.integration.webhooks;

import static com.salesos.integration.webhooks.WebhookDeliveryTests.ops;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.security.ApiKeyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The subscription API as operators and machine clients use it: create, list, read, delete, input errors, access. */
@SpringBootTest(properties = {"salesos.workflow.executor.enabled=false", "salesos.workflow.timers.enabled=false",
        "salesos.webhooks.allow-private-targets=true", "salesos.webhooks.max-attempts=3",
        "salesos.webhooks.initial-backoff=10s", "salesos.webhooks.max-backoff=1m"})
@AutoConfigureMockMvc
@Import(WebhookTestClock.class)
class WebhookApiTests {

    static final String URL = "http://127.0.0.1:9/hook";
    static final String SECRET = "a-secret-of-enough-length";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeyService apiKeys;

    @Test
    void createdSubscriptionIsListedReadAndDeletedWithoutShowingItsSecret() throws Exception {
        String body = subscription(URL, List.of("quote.sent", "order.confirmed"), SECRET);
        String id = json.readTree(mvc.perform(ops(post("/api/v1/webhooks")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andExpect(header().string("Location",
                        org.hamcrest.Matchers.startsWith("/api/v1/webhooks/")))
                .andExpect(jsonPath("$.url").value(URL))
                .andExpect(jsonPath("$.eventTypes").value(org.hamcrest.Matchers.contains("quote.sent",
                        "order.confirmed")))
                .andExpect(jsonPath("$.createdBy").value("ops"))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andReturn().getResponse().getContentAsString()).get("id").asText();

        mvc.perform(ops(get("/api/v1/webhooks").param("size", "200"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].url").value(URL))
                .andExpect(jsonPath("$.items[*].secret").isEmpty());
        mvc.perform(ops(get("/api/v1/webhooks/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.secret").doesNotExist());

        mvc.perform(ops(delete("/api/v1/webhooks/" + id))).andExpect(status().isNoContent());
        mvc.perform(ops(get("/api/v1/webhooks/" + id))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(ops(delete("/api/v1/webhooks/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void keepsTheSecretEncryptedAtRest() throws Exception {
        String id = json.readTree(create(ops(post("/api/v1/webhooks")), subscription(URL, List.of("quote.sent"),
                SECRET)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asText();

        String stored = jdbc.sql("select secret from webhook_subscription where id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
        mvc.perform(ops(delete("/api/v1/webhooks/" + id))).andExpect(status().isNoContent());
    }

    @Test
    void namesEachInvalidField() throws Exception {
        create(ops(post("/api/v1/webhooks")), subscription("", List.of(), "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'url')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'eventTypes')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'secret')]").exists());
    }

    @Test
    void namesTheUnknownEventTypeByItsPosition() throws Exception {
        create(ops(post("/api/v1/webhooks")), subscription(URL, List.of("quote.sent", "quote.exploded"), SECRET))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes[1]"));
    }

    @Test
    void refusesUrlsThatAreNotHttp() throws Exception {
        for (String url : List.of("ftp://files.example/hook", "file:///etc/passwd", "not a url",
                "http://user:pw@127.0.0.1/hook")) {
            create(ops(post("/api/v1/webhooks")), subscription(url, List.of("quote.sent"), SECRET))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("url"));
        }
    }

    @Test
    void refusesUnknownDeliveryStateAndUnknownIds() throws Exception {
        mvc.perform(ops(get("/api/v1/webhooks/deliveries").param("state", "LOST")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(ops(get("/api/v1/webhooks/deliveries").param("size", "0")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(ops(post("/api/v1/webhooks/deliveries/" + UUID.randomUUID() + "/replay")))
                .andExpect(status().isNotFound());
        mvc.perform(ops(get("/api/v1/webhooks/deliveries/" + UUID.randomUUID()))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsSalesOpsAndWebhookKeysManageSubscriptions() throws Exception {
        String body = subscription(URL, List.of("quote.sent"), SECRET);
        create(post("/api/v1/webhooks").with(user("rep").roles("REP")), body).andExpect(status().isForbidden());
        create(post("/api/v1/webhooks").with(user("boss").roles("MANAGER")), body)
                .andExpect(status().isForbidden());
        create(post("/api/v1/webhooks"), body).andExpect(status().isUnauthorized());
        String crmKey = apiKeys.issue("crm-" + UUID.randomUUID(), Set.of("crm"));
        mvc.perform(get("/api/v1/webhooks").header("X-API-Key", crmKey)).andExpect(status().isForbidden());

        String webhooksKey = apiKeys.issue("hooks-" + UUID.randomUUID(), Set.of("webhooks"));
        String id = json.readTree(create(post("/api/v1/webhooks").header("X-API-Key", webhooksKey), body)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        mvc.perform(get("/api/v1/webhooks/deliveries").header("X-API-Key", webhooksKey)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/webhooks/" + id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNoContent());
    }

    private ResultActions create(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String subscription(String url, List<String> types, String secret) throws Exception {
        return json.writeValueAsString(Map.of("url", url, "eventTypes", types, "secret", secret));
    }
}
