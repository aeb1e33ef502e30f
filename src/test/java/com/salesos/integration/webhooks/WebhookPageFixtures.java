package com.salesos.integration.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Subscriptions and dead deliveries for the webhooks page's tests (a {@code @RegisterExtension} field), written as
 * the API and the dispatcher write them. The subscriptions listen to event types nothing emits and point at a
 * closed local port, so no other test's events go to them; after each test they are deleted (and so their
 * deliveries), so the dispatcher has nothing more to do.
 */
final class WebhookPageFixtures implements BeforeEachCallback, AfterEachCallback {

    private JdbcTemplate jdbc;
    private SecretCipher secrets;
    private final List<UUID> created = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        jdbc = spring.getBean(JdbcTemplate.class);
        secrets = spring.getBean(SecretCipher.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        created.forEach(id -> jdbc.update("delete from webhook_subscription where id = ?", id));
        created.clear();
    }

    UUID subscription() {
        UUID id = UUID.randomUUID();
        created.add(id);
        jdbc.update("insert into webhook_subscription (id, url, event_types, secret, created_by, created_at) "
                        + "values (?, ?, ?::text[], ?, 'ops', now())", id, "http://127.0.0.1:9/hook-" + id,
                "{page-test.one,page-test.two}", secrets.encrypt(id, "a-secret-of-enough-length"));
        return id;
    }

    /** An event already fanned out and its delivery that gave up after 8 attempts. */
    UUID deadDelivery(UUID subscription, String error) {
        UUID event = UUID.randomUUID();
        jdbc.update("insert into outbox_event (id, type, subject, data, occurred_at, fanned_out_at) "
                + "values (?, 'page-test.one', ?, '{}'::jsonb, now(), now())", event, "quote/" + event);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into webhook_delivery (id, event_id, subscription_id, event_seq, subject, state, attempts, "
                        + "last_status, last_error, created_at) select ?, e.id, ?, e.seq, e.subject, 'DEAD', 8, 503, ?, "
                        + "now() from outbox_event e where e.id = ?", id, subscription, error, event);
        return id;
    }
}
