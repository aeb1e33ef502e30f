package com.salesos.inbound.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import org.apache.commons.csv.CSVParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts CSV imports as jobs. A small file is imported while the caller waits and answered with the finished job;
 * a larger one is copied aside, counted and imported in the background, and the caller polls the job's progress.
 */
@Service
class ImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** The answer to a started import: the job, finished or still running. */
    record Started(ImportJobView job, boolean finished) {
    }

    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final DataSize maxFileSize;
    private final DataSize synchronousUpTo;
    // one import at a time per node: imports are long, write-heavy and rare
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "csv-import"));

    ImportService(ImportRunner runner, ImportJobs jobs,
            @Value("${salesos.imports.max-file-size:5MB}") DataSize maxFileSize,
            @Value("${salesos.imports.synchronous-up-to:256KB}") DataSize synchronousUpTo) {
        this.runner = runner;
        this.jobs = jobs;
        this.maxFileSize = maxFileSize;
        this.synchronousUpTo = synchronousUpTo;
    }

    /**
     * @throws InvalidFieldException naming {@code kind}, {@code mode} or {@code file} (empty, or a header that does
     *         not fit the kind)
     * @throws MaxUploadSizeExceededException when the file is larger than {@code salesos.imports.max-file-size}
     */
    Started start(String kindPath, String modeParameter, MultipartFile file, String createdBy) throws IOException {
        ImportKind kind = ImportKind.of(kindPath);
        ImportMode mode = ImportMode.of(modeParameter);
        if (file.isEmpty()) {
            throw new InvalidFieldException("file", "is empty");
        }
        if (file.getSize() > maxFileSize.toBytes()) {
            throw new MaxUploadSizeExceededException(maxFileSize.toBytes());
        }
        if (file.getSize() <= synchronousUpTo.toBytes()) {
            try (CSVParser csv = CsvFiles.open(kind, file.getInputStream())) {
                UUID id = jobs.start(kind, mode, file.getOriginalFilename(), null, createdBy);
                run(id, kind, mode, csv);
                return new Started(get(id), true);
            }
        }
        Path copy = Files.createTempFile("salesos-import-", ".csv");
        try {
            file.transferTo(copy);
            Integer total = count(kind, copy);
            UUID id = jobs.start(kind, mode, file.getOriginalFilename(), total, createdBy);
            background.submit(() -> {
                try (CSVParser csv = CsvFiles.open(kind, Files.newInputStream(copy))) {
                    run(id, kind, mode, csv);
                } catch (IOException | RuntimeException e) {
                    jobs.fail(id, "the file could not be read again: " + e.getMessage());
                } finally {
                    delete(copy);
                }
            });
            return new Started(get(id), false);
        } catch (IOException | RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    /** @throws NotFoundException when no import job has this id */
    ImportJobView get(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Import job", id));
    }

    private void run(UUID id, ImportKind kind, ImportMode mode, CSVParser csv) {
        try {
            jobs.finish(id, runner.run(id, kind, mode, csv));
        } catch (RuntimeException e) {
            log.error("Import job {} stopped", id, e);
            jobs.fail(id, "the import stopped unexpectedly; nothing was imported in all-or-nothing mode");
        }
    }

    /** The number of data rows, checking the header on the way; null when the file breaks off before its end. */
    private static Integer count(ImportKind kind, Path file) throws IOException {
        try (CSVParser csv = CsvFiles.open(kind, Files.newInputStream(file))) {
            return (int) csv.stream().count();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the import copy {}", file, e);
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
