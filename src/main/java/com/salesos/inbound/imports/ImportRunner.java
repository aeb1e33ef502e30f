package com.salesos.inbound.imports;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.inbound.imports.ImportReport.Refusal;
import com.salesos.platform.InvalidFieldException;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the rows of a parsed CSV file one by one through the feature services. Mode valid-rows gives each row its
 * own transaction; all-or-nothing runs the whole file in one and rolls it back when any row is refused, after
 * checking every row so that the report lists them all.
 */
@Component
class ImportRunner {

    private static final int PROGRESS_EVERY = 100;

    private final ImportTargets targets;
    private final ImportJobs jobs;
    private final ObjectMapper json;
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final EntityManager entities;

    ImportRunner(ImportTargets targets, ImportJobs jobs, ObjectMapper json, Validator validator,
            PlatformTransactionManager transactions, EntityManager entities) {
        this.targets = targets;
        this.jobs = jobs;
        this.json = json;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
        this.entities = entities;
    }

    ImportReport run(UUID jobId, ImportKind kind, ImportMode mode, CSVParser csv) {
        Tally tally = new Tally(new RowReader(kind, json, validator), mode == ImportMode.ALL_OR_NOTHING);
        if (mode == ImportMode.VALID_ROWS) {
            rows(jobId, kind, csv, tally);
            return tally.report(false);
        }
        return transaction.execute(status -> {
            rows(jobId, kind, csv, tally);
            if (tally.refusedRows > 0) {
                status.setRollbackOnly();
            }
            return tally.report(tally.refusedRows > 0);
        });
    }

    private void rows(UUID jobId, ImportKind kind, CSVParser csv, Tally tally) {
        Iterator<CSVRecord> records = csv.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                tally.refuse(List.of(new Refusal(tally.lastRow + 1, null, "is not valid CSV: " + e.getMessage())));
                break;
            }
            tally.lastRow = rowOf(record);
            tally.rows++;
            boolean goOn = row(kind, record, tally);
            if (tally.rows % PROGRESS_EVERY == 0) {
                jobs.progress(jobId, tally.rows);
            }
            if (!goOn) {
                break;
            }
        }
    }

    /** @return false when the import cannot go on (the database refused a write inside one transaction) */
    private boolean row(ImportKind kind, CSVRecord record, Tally tally) {
        long row = rowOf(record);
        if (!record.isConsistent()) {
            tally.refuse(List.of(new Refusal(row, null, "has " + record.size() + " values for "
                    + record.getParser().getHeaderNames().size() + " columns")));
            return true;
        }
        try {
            targets.create(kind, tally.reader.read(row, record.toMap()));
            if (tally.oneTransaction) {
                // now, so that a constraint names this row and later rows see it (a repeated e-mail, SKU or code)
                entities.flush();
            }
            tally.imported++;
            return true;
        } catch (RowReader.RowRefused e) {
            tally.refuse(e.refusals);
        } catch (InvalidFieldException e) {
            tally.refuse(e.errors().stream().map(er -> new Refusal(row, er.field(), er.message())).toList());
        } catch (DataAccessException e) {
            tally.refuse(List.of(new Refusal(row, null, "conflicts with existing data"
                    + (tally.oneTransaction ? "; the rows after it were not checked" : ""))));
            return !tally.oneTransaction;
        }
        if (tally.oneTransaction) {
            // what the refused row left unflushed must not reach the database with the next row
            entities.clear();
        }
        return true;
    }

    /** The spreadsheet row: the parser counts data records from 1, a spreadsheet counts the header as row 1. */
    private static long rowOf(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }

    private static final class Tally {
        final RowReader reader;
        final boolean oneTransaction;
        final List<Refusal> refused = new ArrayList<>();
        long rows;
        long lastRow = 1;
        int imported;
        int refusedRows;

        Tally(RowReader reader, boolean oneTransaction) {
            this.reader = reader;
            this.oneTransaction = oneTransaction;
        }

        void refuse(List<Refusal> problems) {
            refusedRows++;
            problems.stream().limit(Math.max(0, ImportReport.MAX_LISTED - refused.size())).forEach(refused::add);
        }

        ImportReport report(boolean rolledBack) {
            return new ImportReport(rows, rolledBack ? 0 : imported, refusedRows, List.copyOf(refused), rolledBack);
        }
    }
}
