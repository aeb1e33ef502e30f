package com.salesos.inbound.imports;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** CSV bulk import: sales ops, admins and the {@code imports} scope. */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_imports')")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    /** 201 with the finished job for a small file, 202 with the running job for a large one. */
    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobView> start(@PathVariable String kind,
            @RequestParam(defaultValue = "all-or-nothing") String mode, @RequestPart("file") MultipartFile file,
            Authentication caller) throws IOException {
        ImportService.Started started = imports.start(kind, mode, file, caller.getName());
        return ResponseEntity.status(started.finished() ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/imports/" + started.job().id())).body(started.job());
    }

    @GetMapping("/{id}")
    ImportJobView get(@PathVariable UUID id) {
        return imports.get(id);
    }
}
