package com.salesos.workflow.embedded;

import java.time.Clock;
import java.util.function.Function;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one engine command as one transaction: the command's body, then every token move it caused, then one
 * flush of all changes. A deadlock between nodes (rare: commands lock instance roots first) is retried.
 */
@Component
class CommandRunner {

    private static final int ATTEMPTS = 3;

    private final TransactionTemplate tx;
    private final Tokens tokens;
    private final Store store;
    private final Clock clock;
    private final EngineSignals signals;

    CommandRunner(PlatformTransactionManager transactions, Tokens tokens, Store store, Clock clock,
            EngineSignals signals) {
        this.tx = new TransactionTemplate(transactions);
        this.tokens = tokens;
        this.store = store;
        this.clock = clock;
        this.signals = signals;
    }

    <T> T run(Function<Run, T> command) {
        for (int attempt = 1;; attempt++) {
            try {
                return tx.execute(status -> {
                    Run run = new Run(clock.instant());
                    T result = command.apply(run);
                    tokens.drain(run);
                    store.flush(run);
                    notifyAfterCommit(run);
                    return result;
                });
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void notifyAfterCommit(Run run) {
        boolean jobs = run.jobsCreated;
        boolean timers = run.timersCreated;
        if (!jobs && !timers) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (jobs) {
                    signals.jobsCreated();
                }
                if (timers) {
                    signals.timersCreated();
                }
            }
        });
    }
}
