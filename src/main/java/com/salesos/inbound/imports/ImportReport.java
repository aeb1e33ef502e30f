package com.salesos.inbound.imports;

import java.util.List;

/**
 * What an import did. {@code refused} lists each refused row's problems (at most {@value #MAX_LISTED}; the count of
 * refused rows is complete); in all-or-nothing mode a file with a refused row imports nothing ({@code rolledBack}).
 */
record ImportReport(long rows, int imported, int refusedRows, List<Refusal> refused, boolean rolledBack) {

    static final int MAX_LISTED = 1000;

    /** One problem of one row: {@code row} counts the header as row 1; {@code field} is the column, or null. */
    record Refusal(long row, String field, String message) {
    }
}
