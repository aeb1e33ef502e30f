package com.salesos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.salesos.SalesOsTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The bootstrap API key when several nodes start at the same moment on one database (found by the two-nodes drill). */
@SalesOsTest
class BootstrapApiKeyTests {

    @Autowired
    ApiKeyService keys;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nodeStartingBesideAnotherKeepsTheKeyTheOtherInsertedFirst() throws Exception {
        String name = "bootstrap-race-" + UUID.randomUUID();
        String raw = "sos_race_" + UUID.randomUUID().toString().replace("-", "");
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        // the first node has inserted the key but not committed when the second one looks for it
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    keys.ensure(name, raw, Set.of(Actor.ADMIN_SCOPE));
                    entityManager.flush();
                    firstInserted.countDown();
                    try {
                        secondWaiting.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> new BootstrapApiKey(keys, name, raw).ensureKey());
        // the second node's insert waits on the unique name until the first commits
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and query like 'insert into api_key%'", Integer.class) > 0);
        secondWaiting.countDown();
        first.get(30, TimeUnit.SECONDS);

        second.get(30, TimeUnit.SECONDS);

        assertThat(keys.authenticate(raw)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from api_key where name = ?", Integer.class, name)).isOne();
        keys.revoke(name);
    }
}
