package com.salesos.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.SalesOsApplication;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A crash between the change and its delivery: the application stops right after the commit, before anything was
 * sent, and a new start on the same database delivers the event with its background dispatcher.
 */
class OutboxRestartTests {

    static final String SECRET = "restart-receiver-secret";

    @Test
    void deliversAnEventCommittedJustBeforeTheApplicationStopped() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
            UUID subscription;
            UUID eventId;
            try (ConfigurableApplicationContext first = start(false)) {
                subscription = first.getBean(WebhookService.class).subscribe(new SubscriptionRequest(receiver.url(),
                        List.of(EventTypes.ORDER_CONFIRMED), SECRET), "restart-test").id();
                Outbox outbox = first.getBean(Outbox.class);
                eventId = first.getBean(TransactionTemplate.class).execute(status -> outbox.publish(
                        EventTypes.ORDER_CONFIRMED, "order/restart", Map.of("orderId", "restart")));
            }
            assertThat(receiver.requests()).isZero();

            try (ConfigurableApplicationContext second = start(true)) {
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(receiver.acceptedIds()).contains(eventId.toString()));
                // once; other order confirmations may arrive too (processes of other tests share the database)
                assertThat(receiver.acceptedIds()).filteredOn(eventId.toString()::equals).hasSize(1);
                assertThat(receiver.badSignatures()).isZero();
                second.getBean(WebhookService.class).delete(subscription);
            }
        }
    }

    private static ConfigurableApplicationContext start(boolean dispatcher) {
        return new SpringApplicationBuilder(SalesOsApplication.class).run("--server.port=0",
                "--spring.jmx.enabled=false", "--salesos.webhooks.allow-private-targets=true",
                "--salesos.workflow.executor.enabled=false", "--salesos.workflow.timers.enabled=false",
                "--salesos.webhooks.dispatcher-enabled=" + dispatcher, "--salesos.webhooks.poll-interval=100ms");
    }
}
