package com.salesos.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of a price list sent by the pricing system: the unit price of a SKU in a currency on a list from one
 * day to another (inclusive; {@code validTo} null = open-ended; {@code listName} null = the standard list).
 */
public record ListPrice(String sku, String listName, BigDecimal amount, String currency, LocalDate validFrom,
        LocalDate validTo) {
}
