package com.salesos.demo;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo steps that have not loaded yet, all in one transaction, when the application is ready and
 * {@code salesos.demo-data} is true. An advisory lock keeps two nodes starting together from loading twice.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final long LOCK_KEY = 0x5a1e5_0de70L;

    private final List<DemoStep> steps;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;

    DemoData(List<DemoStep> steps, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
            @Value("${salesos.demo-data:false}") boolean enabled) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::getOrder).thenComparing(DemoStep::name))
                .toList();
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (enabled) {
            load();
        }
    }

    /** Loads every step not loaded before; answers how many loaded now. */
    int load() {
        Integer loaded = transaction.execute(status -> {
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK_KEY);
            int count = 0;
            for (DemoStep step : steps) {
                if (jdbc.queryForObject("select count(*) from demo_data_step where name = ?", Long.class,
                        step.name()) == 0) {
                    step.load();
                    jdbc.update("insert into demo_data_step (name, loaded_at) values (?, ?)", step.name(),
                            java.sql.Timestamp.from(clock.instant()));
                    count++;
                }
            }
            return count;
        });
        if (loaded != null && loaded > 0) {
            log.info("Loaded {} demo data step(s); sign in as rep1 ... rep5, manager1, ops1 or admin (password salesos)",
                    loaded);
        }
        return loaded == null ? 0 : loaded;
    }
}
