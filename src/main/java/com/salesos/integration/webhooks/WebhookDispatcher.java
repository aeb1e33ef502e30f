package com.salesos.integration.webhooks;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.platform.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox to webhook subscribers in the background: turns new events into deliveries, claims the due
 * ones and sends them, retrying with back-off until delivered or dead. At least once: a delivery is marked only
 * after the receiver's answer. Several nodes may run it on one database; rows are claimed, never shared.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    // bounds one run even if receivers keep answering instantly and new events keep arriving
    private static final int MAX_ROUNDS = 100;

    private final Deliveries deliveries;
    private final TargetPolicy targets;
    private final SecretCipher secrets;
    private final WebhookProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final WebhookSender sender;
    private final Backoff backoff;
    private final Duration lease;
    private volatile ScheduledExecutorService executor;

    WebhookDispatcher(Deliveries deliveries, TargetPolicy targets, SecretCipher secrets, WebhookProperties properties,
            PlatformTransactionManager transactions, Clock clock, ObjectMapper json) {
        this.deliveries = deliveries;
        this.targets = targets;
        this.secrets = secrets;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.sender = new WebhookSender(properties.connectTimeout(), properties.requestTimeout(),
                URI.create(properties.eventSource()), json);
        this.backoff = new Backoff(properties.initialBackoff(), properties.maxBackoff(), new SecureRandom());
        // a claim outlives the longest send, so no other node takes a delivery that is still in flight
        this.lease = properties.connectTimeout().plus(properties.requestTimeout()).plusSeconds(30);
    }

    /** Makes deliveries for new events and attempts every delivery due now; returns the number of attempts. */
    int deliverDueNow() {
        int attempts = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant now = clock.instant();
            fanOutNewEvents(now);
            List<DueDelivery> due = tx.execute(s -> deliveries.claimDue(now, now.plus(lease), properties.batchSize()));
            if (due == null || due.isEmpty()) {
                break;
            }
            for (DueDelivery delivery : due) {
                attempt(delivery);
                attempts++;
            }
        }
        return attempts;
    }

    private void fanOutNewEvents(Instant now) {
        int batch = properties.batchSize();
        Integer done;
        do {
            done = tx.execute(s -> deliveries.fanOut(now, batch));
        } while (done != null && done == batch);
    }

    private void attempt(DueDelivery delivery) {
        WebhookSender.Outcome outcome;
        try {
            targets.check(delivery.url());
            outcome = sender.send(delivery, secrets.decrypt(delivery.subscriptionId(), delivery.sealedSecret()));
        } catch (InvalidFieldException e) {
            outcome = new WebhookSender.Outcome(false, null, "target refused: " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} failed before sending", delivery.id(), e);
            outcome = new WebhookSender.Outcome(false, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
        int attempts = delivery.attempts() + 1;
        Instant now = clock.instant();
        if (outcome.delivered()) {
            deliveries.delivered(delivery.id(), attempts, outcome.status(), now);
            return;
        }
        Instant next = attempts >= properties.maxAttempts() ? null : now.plus(backoff.after(attempts));
        deliveries.failed(delivery.id(), attempts, outcome.status(), outcome.error(), next);
        if (next == null) {
            log.warn("Webhook delivery {} of event {} is dead after {} attempts: {}", delivery.id(),
                    delivery.eventId(), attempts, outcome.error());
        }
    }

    private void poll() {
        try {
            deliverDueNow();
        } catch (RuntimeException e) {
            // keep polling: a scheduled task that throws is never run again
            log.error("Webhook dispatch failed; trying again at the next poll", e);
        }
    }

    @Override
    public void start() {
        if (properties.dispatcherEnabled()) {
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "webhook-dispatcher");
                thread.setDaemon(true);
                return thread;
            });
            long interval = properties.pollInterval().toMillis();
            started.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
            executor = started;
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                // let a send in flight finish rather than count an interrupted attempt
                if (!running.awaitTermination(properties.requestTimeout().toSeconds() + 5, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
