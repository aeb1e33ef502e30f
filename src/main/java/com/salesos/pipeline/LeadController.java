package com.salesos.pipeline;

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

/** Leads: list, record, read, and move through qualification. */
@RestController
@RequestMapping("/api/v1/leads")
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_leads')")
class LeadController {

    private final LeadService leads;

    LeadController(LeadService leads) {
        this.leads = leads;
    }

    @GetMapping
    PageResponse<LeadView> list(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) LeadStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return leads.list(new PipelineFilter<>(repId, status, q), PageParams.of(page, size, Sort.unsorted()));
    }

    @PostMapping
    ResponseEntity<LeadView> create(@Valid @RequestBody NewLead request) {
        LeadView lead = leads.create(request);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id())).body(lead);
    }

    @GetMapping("/{id}")
    LeadView get(@PathVariable UUID id) {
        return leads.get(id);
    }

    @PostMapping("/{id}/status")
    LeadView changeStatus(@PathVariable UUID id, @Valid @RequestBody LeadStatusChange change) {
        return leads.changeStatus(id, change);
    }
}
