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

/** Territories: anyone signed in reads them; sales ops, admins and the {@code territories} scope define them. */
@RestController
@RequestMapping("/api/v1/territories")
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_territories')")
class TerritoryController {

    private final TerritoryService territories;

    TerritoryController(TerritoryService territories) {
        this.territories = territories;
    }

    @GetMapping
    PageResponse<TerritoryView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return territories.list(PageParams.of(page, size, Sort.unsorted()));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_territories')")
    ResponseEntity<TerritoryView> create(@Valid @RequestBody NewTerritory request) {
        TerritoryView territory = territories.create(request);
        return ResponseEntity.created(URI.create("/api/v1/territories/" + territory.id())).body(territory);
    }

    @GetMapping("/{id}")
    TerritoryView get(@PathVariable UUID id) {
        return territories.get(id);
    }
}
