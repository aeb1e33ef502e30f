package com.salesos.quotes;

import java.util.Set;

import com.salesos.catalog.PriceListImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new price list re-prices the quotes still in DRAFT that hold its SKUs in its currencies (a new revision when a
 * price changed); quotes already on their way to the customer keep the prices they were approved and sent with.
 */
@Component
class DraftRepricing {

    private final SalesQuotes quotes;
    private final QuoteService service;

    DraftRepricing(SalesQuotes quotes, QuoteService service) {
        this.quotes = quotes;
        this.service = service;
    }

    @ApplicationModuleListener
    void on(PriceListImported imported) {
        Set<String> skus = imported.skus();
        Set<String> currencies = imported.currencies();
        for (SalesQuote quote : quotes.findByStatus(QuoteStatus.DRAFT)) {
            QuoteView view = quote.toView();
            if (currencies.contains(view.currency())
                    && view.items().stream().anyMatch(line -> skus.contains(line.sku()))) {
                service.revise(view.id(), view.items().stream()
                        .map(l -> new LineRequest(l.sku(), l.quantity(), l.discountPercent())).toList());
            }
        }
    }
}
