package com.salesos.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.salesos.SalesOsTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SalesOsTest
@WithMockUser(username = "rep-x", roles = "REP")
class ActivityLogTests {

    @Autowired
    ActivityLog log;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsWhoDidWhatInTheCallersTransaction() {
        UUID rep = UUID.randomUUID();
        UUID quote = UUID.randomUUID();
        tx.executeWithoutResult(s -> log.record("quote.created", "quote", quote, rep, Map.of("total", "120.00")));

        List<ActivityLog.Entry> entries = log.forSubject("quote", quote);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("rep-x");
            assertThat(e.action()).isEqualTo("quote.created");
            assertThat(e.repId()).isEqualTo(rep);
            assertThat(e.details()).contains("120.00");
        });
        var page = log.find(List.of(rep), Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(1, ChronoUnit.HOURS), PageRequest.of(0, 10));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void entryOfARolledBackChangeDoesNotExist() {
        UUID subject = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            log.record("visit.logged", "visit", subject, null, Map.of());
            s.setRollbackOnly();
        });
        assertThat(log.forSubject("visit", subject)).isEmpty();
    }

    @Test
    void refusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> log.record("x", "y", 1, null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void historyCannotBeRewritten() {
        UUID subject = UUID.randomUUID();
        tx.executeWithoutResult(s -> log.record("order.created", "order", subject, null, Map.of()));
        assertThatThrownBy(() -> jdbc.update("update activity_log set action = 'x' where subject_id = ?",
                subject.toString())).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from activity_log where subject_id = ?", subject.toString()))
                .hasMessageContaining("append-only");
    }
}
