package com.salesos.inbound;

import com.salesos.catalog.StockCount;
import com.salesos.catalog.StockService;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Stock levels from the inventory system: the {@code inventory} scope, sales ops or admins. */
@RestController
class InventoryController {

    private final InboundEvents inbound;
    private final StockService stock;

    InventoryController(InboundEvents inbound, StockService stock) {
        this.inbound = inbound;
        this.stock = stock;
    }

    @PostMapping("/api/v1/integrations/inventory/stock-levels")
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_inventory')")
    ResponseEntity<StockReport> stockLevels(@Valid @RequestBody StockFeed feed,
            @RequestHeader(name = SenderEvent.HEADER, required = false) String key) {
        String eventId = SenderEvent.id(feed.eventId(), key);
        return SenderEvent.answer(inbound.once("inventory/stock-levels", eventId, StockReport.class,
                () -> new StockReport(eventId, feed.items().size(), stock.recordCounts(feed.items().stream()
                        .map(i -> new StockCount(i.sku(), i.location(), i.onHand())).toList()))));
    }
}
