package com.salesos.catalog;

import java.util.List;

/**
 * What a price list did: {@code created} new entries, {@code unchanged} repeats of existing ones, earlier entries
 * {@code shortened} so as not to overlap, and {@code removed} ones that the new entries replaced entirely.
 */
public record PriceListResult(int created, int unchanged, int shortened, int removed, List<PriceView> prices) {
}
