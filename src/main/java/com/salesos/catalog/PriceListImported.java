package com.salesos.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A price list from the pricing system changed prices. The quotes feature re-prices quotes still in draft for these
 * SKUs and currencies; quotes already sent keep their prices.
 *
 * @param prices the entries the list put in place (unchanged repeats are left out)
 */
public record PriceListImported(List<PriceView> prices, Instant importedAt) {

    public Set<String> skus() {
        return new TreeSet<>(prices.stream().map(PriceView::sku).toList());
    }

    public Set<String> currencies() {
        return new TreeSet<>(prices.stream().map(p -> p.unitPrice().currency()).toList());
    }
}
