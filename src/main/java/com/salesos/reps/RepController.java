package com.salesos.reps;

import java.net.URI;
import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sales-rep API the rep tools call; creating reps is for managers, sales ops, admins and the {@code reps} scope. */
@RestController
@RequestMapping("/api/v1/sales-reps")
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_reps')")
class RepController {

    private final RepService reps;

    RepController(RepService reps) {
        this.reps = reps;
    }

    @GetMapping("/list")
    PageResponse<RepView> list(@RequestParam(required = false) UUID territoryId,
            @RequestParam(required = false) RepStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return reps.list(new RepFilter(territoryId, status, q), PageParams.of(page, size, Sort.unsorted()));
    }

    @PostMapping("/create")
    @PreAuthorize("hasAnyRole('MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_reps')")
    ResponseEntity<RepView> create(@Valid @RequestBody NewRep request) {
        RepView rep = reps.create(request);
        return ResponseEntity.created(URI.create("/api/v1/sales-reps/" + rep.id())).body(rep);
    }

    @GetMapping("/{id}")
    RepView get(@PathVariable UUID id) {
        return reps.get(id);
    }
}
