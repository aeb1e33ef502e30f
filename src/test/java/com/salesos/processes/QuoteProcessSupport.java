package com.salesos.processes;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.SalesFixtures;
import com.salesos.accounts.AccountTier;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What the quote process scenarios share: a team, an account, a product, and REST calls that wait for the process. */
abstract class QuoteProcessSupport {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    Workflow workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    SalesFixtures.Team team;
    UUID account;
    String water;

    @BeforeEach
    void setUpTeam() {
        team = fixtures.team();
        account = fixtures.account(AccountTier.STANDARD);
        water = fixtures.product("BEVERAGES", "7.90", "4.35", 500);
    }

    /** The rep asks for a quote over the API; answers its id. */
    String quote(String sku, int quantity, String discountPercent, String validUntil) throws Exception {
        String body = """
                {"repId": "%s", "accountId": "%s", %s "items": [{"sku": "%s", "quantity": %d, "discountPercent": %s}]}"""
                .formatted(team.repId(), account, validUntil == null ? "" : "\"validUntil\": \"" + validUntil + "\",",
                        sku, quantity, discountPercent);
        return SalesFixtures.id(mvc.perform(post("/api/v1/sales-reps/quote").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()));
    }

    JsonNode read(String path, String user) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Polls the resource as sales ops until the condition holds. */
    JsonNode awaitResource(String path, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> read(path, team.ops()),
                condition);
    }

    JsonNode awaitQuoteStatus(String quoteId, String status) {
        return awaitResource("/api/v1/quotes/" + quoteId, q -> q.path("status").asText().equals(status));
    }

    JsonNode awaitOrderStatus(String orderId, String status) {
        return awaitResource("/api/v1/orders/" + orderId, o -> o.path("status").asText().equals(status));
    }

    /** The order-to-commission instance that runs the order (called by the quote's instance, or its own). */
    long orderInstanceOf(String orderId) {
        return awaitResource("/api/v1/orders/" + orderId, o -> o.hasNonNull("processInstanceKey"))
                .path("processInstanceKey").asLong();
    }

    /** Waits for the quote's order; answers its id. */
    String awaitOrderOf(String quoteId) {
        return awaitResource("/api/v1/quotes/" + quoteId, q -> q.hasNonNull("orderId")).path("orderId").asText();
    }

    long instanceOf(String quoteId) throws Exception {
        return read("/api/v1/quotes/" + quoteId, team.ops()).path("processInstanceKey").asLong();
    }

    UserTask awaitTask(long instanceKey, String elementId) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> workflow.tasks(TaskQuery.ofInstance(instanceKey)).items().stream()
                        .filter(t -> t.elementId().equals(elementId)).findFirst().orElse(null), t -> t != null);
    }

    ProcessInstance awaitEnded(long instanceKey) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> workflow.instance(instanceKey), ProcessInstance::isEnded);
    }

    ResultActions completeTask(long taskKey, String user, Map<String, Object> variables) throws Exception {
        return mvc.perform(post("/api/v1/tasks/" + taskKey + "/complete").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("variables", variables))));
    }

    ResultActions message(String name, String correlationKey) throws Exception {
        return mvc.perform(post("/api/v1/messages").with(httpBasic(team.ops(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("name", name,
                        "correlationKey", correlationKey, "timeToLive", "PT1M"))));
    }

    ResultActions order(String quoteId) throws Exception {
        return mvc.perform(post("/api/v1/sales-reps/order").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"quoteId\": \"" + quoteId + "\"}"));
    }

    int outboxEvents(String type, String subject) {
        return jdbc.queryForObject("select count(*) from outbox_event where type = ? and subject = ?", Integer.class,
                type, subject);
    }

    /** Waits until the instance has sent {@code count} notifications of the template (workers run after commit). */
    void awaitNotifications(long instanceKey, String template, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> notifications(instanceKey, template) == count);
    }

    int notifications(long instanceKey, String template) {
        return jdbc.queryForObject("select count(*) from outbox_event where type = 'notification.requested'"
                + " and subject = ? and data ->> 'template' = ?", Integer.class, "process/" + instanceKey, template);
    }
}
