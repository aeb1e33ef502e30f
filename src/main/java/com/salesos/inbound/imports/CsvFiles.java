package com.salesos.inbound.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.salesos.platform.InvalidFieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Opens an uploaded CSV file (UTF-8, comma-separated, a header row) and checks its header against the kind's columns. */
final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFiles() {
    }

    /**
     * A streaming parser positioned after the header; the caller closes it.
     *
     * @throws InvalidFieldException naming {@code file} when the header is missing, repeats a column, names an
     *         unknown one or lacks a required one
     */
    static CSVParser open(ImportKind kind, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        // spreadsheet programs start UTF-8 files with a byte order mark, which would stick to the first column name
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        CSVParser csv;
        try {
            csv = FORMAT.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            reader.close();
            throw new InvalidFieldException("file", "has an unreadable header row: " + e.getMessage());
        }
        List<String> header = csv.getHeaderNames();
        List<String> unknown = header.stream().filter(c -> !kind.columns.contains(c)).toList();
        List<String> missing = kind.required.stream().filter(c -> !header.contains(c)).sorted().toList();
        String problem = header.isEmpty() ? "needs a header row naming the columns"
                : !unknown.isEmpty() ? "has unknown columns " + unknown + "; " + kind.path() + " take " + kind.columns
                : !missing.isEmpty() ? "lacks the required columns " + missing : null;
        if (problem != null) {
            csv.close();
            throw new InvalidFieldException("file", problem);
        }
        return csv;
    }
}
