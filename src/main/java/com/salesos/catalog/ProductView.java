package com.salesos.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.Money;

/** A product as other features and API callers see it, with the prices valid today (every list and currency). */
public record ProductView(UUID id, String sku, String name, String category, String unit, boolean active,
        Money unitCost, List<PriceView> prices, Instant createdAt) {
}
