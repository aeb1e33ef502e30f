package com.salesos.catalog;

import java.time.Instant;
import java.util.List;

/**
 * Stock counts from the inventory system changed what is on hand. Orders waiting for stock look for the SKUs whose
 * available units went up ({@link Change#restocked()}).
 */
public record StockLevelsChanged(List<Change> changes, Instant countedAt) {

    /** One location's new count, with the units available before and after it. */
    public record Change(String sku, String location, int onHand, int previousAvailable, int available) {

        public boolean restocked() {
            return available > previousAvailable;
        }
    }

    public List<String> restockedSkus() {
        return changes.stream().filter(Change::restocked).map(Change::sku).distinct().sorted().toList();
    }
}
