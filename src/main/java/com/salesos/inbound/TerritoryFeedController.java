package com.salesos.inbound;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Territory definitions from planning: the {@code territories} scope, sales ops or admins. */
@RestController
class TerritoryFeedController {

    private final InboundEvents inbound;
    private final TerritoryFeedService feeds;

    TerritoryFeedController(InboundEvents inbound, TerritoryFeedService feeds) {
        this.inbound = inbound;
        this.feeds = feeds;
    }

    @PostMapping("/api/v1/integrations/territories")
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_territories')")
    ResponseEntity<TerritoryReport> territories(@Valid @RequestBody TerritoryFeed feed,
            @RequestHeader(name = SenderEvent.HEADER, required = false) String key) {
        String eventId = SenderEvent.id(feed.eventId(), key);
        return SenderEvent.answer(inbound.once("territories", eventId, TerritoryReport.class,
                () -> feeds.apply(eventId, feed.items())));
    }
}
