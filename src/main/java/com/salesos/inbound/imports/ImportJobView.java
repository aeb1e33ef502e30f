package com.salesos.inbound.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * An import job as the API shows it: RUNNING with {@code rowsDone} of {@code rowsTotal} (null while unknown), then
 * DONE with its report, or FAILED with an error.
 */
record ImportJobView(UUID id, String kind, String mode, String state, String fileName, int rowsDone,
        Integer rowsTotal, ImportReport report, String error, Instant createdAt, Instant updatedAt,
        Instant finishedAt) {
}
