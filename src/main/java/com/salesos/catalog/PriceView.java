package com.salesos.catalog;

import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.Money;

/** A price list entry: the unit price of a product on a list, from one day to another (inclusive; null = open). */
public record PriceView(UUID productId, String sku, String listName, Money unitPrice, LocalDate validFrom,
        LocalDate validTo) {
}
