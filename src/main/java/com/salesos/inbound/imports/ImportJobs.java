package com.salesos.inbound.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import_job table. Every write commits on its own (a new transaction), so pollers see progress while an
 * all-or-nothing import still holds its rows in one open transaction.
 */
@Component
class ImportJobs {

    /** A running job that reported no progress for this long died with its node. */
    static final Duration STALE = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final ObjectMapper json;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    UUID start(ImportKind kind, ImportMode mode, String fileName, Integer rowsTotal, String createdBy) {
        UUID id = UUID.randomUUID();
        own.executeWithoutResult(s -> jdbc.sql("""
                insert into import_job (id, kind, mode, state, file_name, rows_total, created_by, created_at, updated_at)
                values (:id, :kind, :mode, 'RUNNING', :file, :total, :by, :now, :now)""")
                .param("id", id).param("kind", kind.name()).param("mode", mode.name()).param("file", fileName)
                .param("total", rowsTotal).param("by", createdBy).param("now", now()).update());
        return id;
    }

    void progress(UUID id, long rowsDone) {
        own.executeWithoutResult(s -> jdbc.sql("update import_job set rows_done = :done, updated_at = :now where id = :id")
                .param("done", rowsDone).param("now", now()).param("id", id).update());
    }

    void finish(UUID id, ImportReport report) {
        own.executeWithoutResult(s -> jdbc.sql("""
                update import_job set state = 'DONE', rows_done = :done, report = cast(:report as jsonb),
                    updated_at = :now, finished_at = :now where id = :id""")
                .param("done", report.rows()).param("report", write(report)).param("now", now()).param("id", id)
                .update());
    }

    void fail(UUID id, String error) {
        own.executeWithoutResult(s -> jdbc.sql("""
                update import_job set state = 'FAILED', error = :error, updated_at = :now, finished_at = :now
                where id = :id and state = 'RUNNING'""")
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error).param("now", now())
                .param("id", id).update());
    }

    Optional<ImportJobView> find(UUID id) {
        own.executeWithoutResult(s -> jdbc.sql("""
                update import_job set state = 'FAILED', error = 'interrupted: no progress since ' || updated_at,
                    finished_at = :now where id = :id and state = 'RUNNING' and updated_at < :stale""")
                .param("id", id).param("now", now())
                .param("stale", OffsetDateTime.ofInstant(clock.instant().minus(STALE), ZoneOffset.UTC)).update());
        return jdbc.sql("select * from import_job where id = :id").param("id", id).query(this::view).optional();
    }

    private ImportJobView view(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        return new ImportJobView(rs.getObject("id", UUID.class), rs.getString("kind").toLowerCase(),
                ImportMode.valueOf(rs.getString("mode")).parameter, rs.getString("state"), rs.getString("file_name"),
                rs.getInt("rows_done"), (Integer) rs.getObject("rows_total"), report == null ? null : read(report),
                rs.getString("error"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private ImportReport read(String report) {
        try {
            return json.readValue(report, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import report is not readable", e);
        }
    }

    private String write(ImportReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
