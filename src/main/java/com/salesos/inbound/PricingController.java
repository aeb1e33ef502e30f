package com.salesos.inbound;

import com.salesos.catalog.CatalogService;
import com.salesos.catalog.ListPrice;
import com.salesos.catalog.PriceListResult;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Price lists from the pricing system: the {@code pricing} scope, sales ops or admins. */
@RestController
class PricingController {

    private final InboundEvents inbound;
    private final CatalogService catalog;

    PricingController(InboundEvents inbound, CatalogService catalog) {
        this.inbound = inbound;
        this.catalog = catalog;
    }

    @PostMapping("/api/v1/integrations/pricing/price-lists")
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_pricing')")
    ResponseEntity<PriceListReport> priceList(@Valid @RequestBody PriceListFeed feed,
            @RequestHeader(name = SenderEvent.HEADER, required = false) String key) {
        String eventId = SenderEvent.id(feed.eventId(), key);
        return SenderEvent.answer(inbound.once("pricing/price-lists", eventId, PriceListReport.class, () -> {
            PriceListResult result = catalog.importPriceList(feed.items().stream()
                    .map(i -> new ListPrice(i.sku(), i.listName() == null ? feed.listName() : i.listName(),
                            i.amount(), i.currency(), i.validFrom(), i.validTo()))
                    .toList());
            return new PriceListReport(eventId, feed.items().size(), result.created(), result.unchanged(),
                    result.shortened(), result.removed(), result.prices());
        }));
    }
}
