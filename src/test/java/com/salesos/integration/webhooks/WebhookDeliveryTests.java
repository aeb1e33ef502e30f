package com.salesos.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Outbox to receiver over real HTTP on loopback, with the dispatcher driven by hand and a clock moved by hand. */
@SpringBootTest(properties = {"salesos.workflow.executor.enabled=false", "salesos.workflow.timers.enabled=false",
        "salesos.webhooks.allow-private-targets=true", "salesos.webhooks.max-attempts=3",
        "salesos.webhooks.initial-backoff=10s", "salesos.webhooks.max-backoff=1m"})
@AutoConfigureMockMvc
@Import(WebhookTestClock.class)
class WebhookDeliveryTests {

    static final String SECRET = "receiver-shared-secret-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    final List<WebhookReceiver> receivers = new ArrayList<>();
    final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (String id : subscriptions) {
            mvc.perform(ops(delete("/api/v1/webhooks/" + id)));
        }
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void receiverVerifiesTheSignatureOfACloudEventCarryingTheEventId() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        String subscription = subscribe(receiver.url(), SECRET, EventTypes.ORDER_CONFIRMED);

        UUID eventId = publish(EventTypes.ORDER_CONFIRMED, "order/1001",
                Map.of("orderId", "1001", "total", Map.of("amount", "12.50", "currency", "EUR")));
        dispatcher.deliverDueNow();

        assertThat(receiver.badSignatures()).isZero();
        assertThat(receiver.lastContentType()).startsWith("application/cloudevents+json");
        assertThat(receiver.accepted()).hasSize(1);
        JsonNode event = receiver.accepted().get(0);
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("id").asText()).isEqualTo(eventId.toString());
        assertThat(event.get("type").asText()).isEqualTo("order.confirmed");
        assertThat(event.get("subject").asText()).isEqualTo("order/1001");
        assertThat(event.get("source").asText()).isEqualTo("/sales-os");
        assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(event.get("data").get("total").get("amount").asText()).isEqualTo("12.50");
        mvc.perform(ops(get("/api/v1/webhooks/deliveries").param("subscription", subscription)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].state").value("DELIVERED"))
                .andExpect(jsonPath("$.items[0].attempts").value(1))
                .andExpect(jsonPath("$.items[0].eventId").value(eventId.toString()));
    }

    @Test
    void receiverWithAnotherSecretRefusesTheSignature() throws Exception {
        WebhookReceiver receiver = receiver("the-receivers-own-secret");
        String subscription = subscribe(receiver.url(), SECRET, EventTypes.QUOTE_SENT);

        publish(EventTypes.QUOTE_SENT, "quote/7", Map.of("quoteId", "7"));
        dispatcher.deliverDueNow();

        assertThat(receiver.badSignatures()).isEqualTo(1);
        assertThat(receiver.accepted()).isEmpty();
        mvc.perform(ops(get("/api/v1/webhooks/deliveries").param("subscription", subscription)))
                .andExpect(jsonPath("$.items[0].state").value("PENDING"))
                .andExpect(jsonPath("$.items[0].lastStatus").value(401))
                .andExpect(jsonPath("$.items[0].lastError").value("HTTP 401"));
    }

    @Test
    void retriesWhileTheReceiverIsDownAndDeliversEachEventOnceWhenItIsBack() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        String subscription = subscribe(receiver.url(), SECRET, EventTypes.INVOICE_REQUESTED);
        receiver.failWith(503);

        UUID first = publish(EventTypes.INVOICE_REQUESTED, "order/1", Map.of("orderId", "1"));
        UUID second = publish(EventTypes.INVOICE_REQUESTED, "order/2", Map.of("orderId", "2"));
        assertThat(dispatcher.deliverDueNow()).isEqualTo(2);

        mvc.perform(ops(get("/api/v1/webhooks/deliveries").param("subscription", subscription)
                        .param("state", "PENDING")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].attempts").value(1))
                .andExpect(jsonPath("$.items[0].lastStatus").value(503))
                .andExpect(jsonPath("$.items[0].lastError").value("HTTP 503"))
                .andExpect(jsonPath("$.items[0].nextAttemptAt").isNotEmpty());
        // back-off: nothing is due again before its time
        assertThat(dispatcher.deliverDueNow()).isZero();

        receiver.failWith(0);
        clock.advance(Duration.ofMinutes(1));
        dispatcher.deliverDueNow();
        clock.advance(Duration.ofMinutes(5));
        dispatcher.deliverDueNow();

        assertThat(receiver.acceptedIds()).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(receiver.requests()).isEqualTo(4);
        mvc.perform(ops(get("/api/v1/webhooks/deliveries").param("subscription", subscription)
                        .param("state", "DELIVERED")))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[0].attempts").value(2));
    }

    @Test
    void givesUpAfterTheAttemptLimitAndReplaySendsTheEventAgain() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        String subscription = subscribe(receiver.url(), SECRET, EventTypes.COMMISSION_RECORDED);
        receiver.failWith(500);
        UUID eventId = publish(EventTypes.COMMISSION_RECORDED, "commission/9", Map.of("commissionId", "9"));

        for (int i = 0; i < 5; i++) {
            dispatcher.deliverDueNow();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(receiver.requests()).isEqualTo(3);
        String deliveryId = json.readTree(mvc.perform(ops(get("/api/v1/webhooks/deliveries")
                        .param("subscription", subscription).param("state", "DEAD")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].attempts").value(3))
                .andExpect(jsonPath("$.items[0].lastError").value("HTTP 500"))
                .andExpect(jsonPath("$.items[0].nextAttemptAt").doesNotExist())
                .andReturn().getResponse().getContentAsString()).at("/items/0/id").asText();

        receiver.failWith(0);
        mvc.perform(ops(post("/api/v1/webhooks/deliveries/" + deliveryId + "/replay")))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        mvc.perform(ops(post("/api/v1/webhooks/deliveries/" + deliveryId + "/replay")))
                .andExpect(status().isConflict());
        dispatcher.deliverDueNow();

        assertThat(receiver.acceptedIds()).containsExactly(eventId.toString());
        mvc.perform(ops(get("/api/v1/webhooks/deliveries/" + deliveryId)))
                .andExpect(jsonPath("$.state").value("DELIVERED")).andExpect(jsonPath("$.deliveredAt").isNotEmpty());

        // a delivered one may be replayed too; the receiver sees the same event id again and de-duplicates
        mvc.perform(ops(post("/api/v1/webhooks/deliveries/" + deliveryId + "/replay")))
                .andExpect(status().isAccepted());
        dispatcher.deliverDueNow();
        assertThat(receiver.acceptedIds()).containsExactly(eventId.toString(), eventId.toString());
    }

    @Test
    void deliversTheEventsOfOneSubjectInOrder() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        subscribe(receiver.url(), SECRET, EventTypes.QUOTE_SENT, EventTypes.QUOTE_ACCEPTED);
        receiver.failWith(503);
        UUID sent = publish(EventTypes.QUOTE_SENT, "quote/A", Map.of("step", 1));
        UUID accepted = publish(EventTypes.QUOTE_ACCEPTED, "quote/A", Map.of("step", 2));
        UUID other = publish(EventTypes.QUOTE_SENT, "quote/B", Map.of("step", 1));

        dispatcher.deliverDueNow();
        // only the head of each subject was tried: quote/A's second event waits behind its first
        assertThat(receiver.requests()).isEqualTo(2);

        receiver.failWith(0);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(2));
            dispatcher.deliverDueNow();
        }

        List<String> subjectA = receiver.accepted().stream().filter(e -> e.get("subject").asText().equals("quote/A"))
                .map(e -> e.get("id").asText()).toList();
        assertThat(subjectA).containsExactly(sent.toString(), accepted.toString());
        assertThat(receiver.acceptedIds()).contains(other.toString()).hasSize(3);
    }

    @Test
    void twoDispatchersOnOneDatabaseSendEachEventOnceAndInOrder() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        subscribe(receiver.url(), SECRET, EventTypes.VISIT_LOGGED);
        Map<String, List<String>> published = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            String subject = "visit/" + (i % 3);
            published.computeIfAbsent(subject, k -> new ArrayList<>())
                    .add(publish(EventTypes.VISIT_LOGGED, subject, Map.of("n", i)).toString());
        }

        // two nodes: each run claims its own rows, so together they send every event once
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                var first = nodes.submit(dispatcher::deliverDueNow);
                var second = nodes.submit(dispatcher::deliverDueNow);
                first.get();
                second.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(receiver.requests()).isEqualTo(12);
        published.forEach((subject, ids) -> assertThat(receiver.accepted().stream()
                .filter(e -> e.get("subject").asText().equals(subject)).map(e -> e.get("id").asText()).toList())
                .as(subject).containsExactlyElementsOf(ids));
    }

    @Test
    void refusesToPublishAnUnknownEventType() {
        assertThatThrownBy(() -> tx.execute(s -> outbox.publish("quote.exploded", "quote/1", Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quote.exploded");
    }

    @Test
    void neverDeliversAnEventWhoseTransactionRolledBack() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        subscribe(receiver.url(), SECRET, EventTypes.LOYALTY_ADJUSTMENT);

        UUID rolledBack = tx.execute(status -> {
            UUID id = outbox.publish(EventTypes.LOYALTY_ADJUSTMENT, "account/5", Map.of("points", 50));
            status.setRollbackOnly();
            return id;
        });
        UUID committed = publish(EventTypes.LOYALTY_ADJUSTMENT, "account/5", Map.of("points", 20));
        dispatcher.deliverDueNow();

        assertThat(receiver.acceptedIds()).containsExactly(committed.toString());
        assertThat(jdbc.sql("select count(*) from outbox_event where id = :id").param("id", rolledBack)
                .query(Long.class).single()).isZero();
    }

    @Test
    void publishingTwiceWithTheSameKeyDeliversOneEvent() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        subscribe(receiver.url(), SECRET, EventTypes.NOTIFICATION_REQUESTED);
        String key = "order-confirmation-mail:" + UUID.randomUUID();
        Map<String, Object> data = Map.of("recipient", "rep1", "channel", "email", "template", "order-confirmed");

        UUID once = tx.execute(s -> outbox.publish(key, EventTypes.NOTIFICATION_REQUESTED, "order/77", data));
        UUID twice = tx.execute(s -> outbox.publish(key, EventTypes.NOTIFICATION_REQUESTED, "order/77", data));
        dispatcher.deliverDueNow();

        assertThat(twice).isEqualTo(once);
        assertThat(receiver.acceptedIds()).containsExactly(once.toString());
    }

    @Test
    void refusesToPublishOutsideATransaction() {
        assertThatThrownBy(() -> outbox.publish(EventTypes.VISIT_LOGGED, "visit/1", Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void sendsOnlyTheSubscribedEventTypes() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        subscribe(receiver.url(), SECRET, EventTypes.LEAD_ASSIGNED);

        publish(EventTypes.INSIGHT_CREATED, "insight/1", Map.of("text", "call more"));
        UUID lead = publish(EventTypes.LEAD_ASSIGNED, "lead/1", Map.of("repId", "r1"));
        dispatcher.deliverDueNow();

        assertThat(receiver.acceptedIds()).containsExactly(lead.toString());
    }

    @Test
    void recordsWhyAnUnreachableReceiverFailed() throws Exception {
        WebhookReceiver receiver = receiver(SECRET);
        String subscription = subscribe(receiver.url(), SECRET, EventTypes.VISIT_LOGGED);
        receiver.close();

        publish(EventTypes.VISIT_LOGGED, "visit/3", Map.of("visitId", "3"));
        dispatcher.deliverDueNow();

        mvc.perform(ops(get("/api/v1/webhooks/deliveries").param("subscription", subscription)))
                .andExpect(jsonPath("$.items[0].state").value("PENDING"))
                .andExpect(jsonPath("$.items[0].lastStatus").doesNotExist())
                .andExpect(jsonPath("$.items[0].lastError").value(org.hamcrest.Matchers.containsString("Connect")));
    }

    private UUID publish(String type, String subject, Object data) {
        return tx.execute(status -> outbox.publish(type, subject, data));
    }

    private WebhookReceiver receiver(String secret) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver(secret);
        receivers.add(receiver);
        return receiver;
    }

    private String subscribe(String url, String secret, String... types) throws Exception {
        String body = json.writeValueAsString(Map.of("url", url, "eventTypes", List.of(types), "secret", secret));
        String id = json.readTree(mvc.perform(ops(post("/api/v1/webhooks")).contentType(MediaType.APPLICATION_JSON)
                        .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asText();
        subscriptions.add(id);
        return id;
    }

    static MockHttpServletRequestBuilder ops(MockHttpServletRequestBuilder request) {
        return request.with(user("ops").roles("SALES_OPS"));
    }
}
