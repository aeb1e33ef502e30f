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
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deals: list, open, read, and move between stages (PATCH or POST, so retries can carry an Idempotency-Key). */
@RestController
@RequestMapping("/api/v1/deals")
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_deals')")
class DealController {

    private final DealService deals;

    DealController(DealService deals) {
        this.deals = deals;
    }

    @GetMapping
    PageResponse<DealView> list(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) DealStage stage, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return deals.list(new PipelineFilter<>(repId, stage, q), PageParams.of(page, size, Sort.unsorted()));
    }

    @PostMapping
    ResponseEntity<DealView> create(@Valid @RequestBody NewDeal request) {
        DealView deal = deals.create(request);
        return ResponseEntity.created(URI.create("/api/v1/deals/" + deal.id())).body(deal);
    }

    @GetMapping("/{id}")
    DealView get(@PathVariable UUID id) {
        return deals.get(id);
    }

    @RequestMapping(path = "/{id}/stage", method = { RequestMethod.PATCH, RequestMethod.POST })
    DealView moveStage(@PathVariable UUID id, @Valid @RequestBody StageChange change) {
        return deals.moveStage(id, change);
    }
}
