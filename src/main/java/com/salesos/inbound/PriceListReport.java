package com.salesos.inbound;

import java.util.List;

import com.salesos.catalog.PriceView;

/** The answer to a price list: how many entries came, what they did to the catalog, and the prices now in place. */
record PriceListReport(String eventId, int received, int created, int unchanged, int shortened, int removed,
        List<PriceView> prices) {
}
