package com.salesos.inbound;

import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Competitor intelligence: the {@code intel} scope, sales ops or admins send it; people and the scope read it. */
@RestController
@RequestMapping("/api/v1/integrations/competitor-intel")
class CompetitorIntelController {

    private final InboundEvents inbound;
    private final CompetitorIntel intel;

    CompetitorIntelController(InboundEvents inbound, CompetitorIntel intel) {
        this.inbound = inbound;
        this.intel = intel;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_intel')")
    ResponseEntity<IntelReport> observe(@Valid @RequestBody IntelFeed feed,
            @RequestHeader(name = SenderEvent.HEADER, required = false) String key) {
        String eventId = SenderEvent.id(feed.eventId(), key);
        return SenderEvent.answer(inbound.once("competitor-intel", eventId, IntelReport.class,
                () -> intel.record(eventId, feed.items())));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_intel')")
    PageResponse<CompetitorObservationView> list(@RequestParam(required = false) UUID accountId,
            @RequestParam(required = false) UUID territoryId, @RequestParam(required = false) String competitor,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return intel.list(new CompetitorIntel.Filter(accountId, territoryId, competitor),
                PageParams.of(page, size, Sort.unsorted()));
    }
}
