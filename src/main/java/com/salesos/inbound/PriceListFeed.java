package com.salesos.inbound;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A price list from the pricing system.
 *
 * @param listName the list of items that name none; the standard list when null too
 */
record PriceListFeed(@Size(max = 200) String eventId, @Size(max = 50) String listName,
        @NotEmpty @Size(max = 5000) List<@NotNull @Valid Item> items) {

    /** One price: a SKU's unit price in a currency from one day to another (inclusive; no end = open-ended). */
    record Item(@NotBlank @Size(max = 64) String sku, @Size(max = 50) String listName,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount, @NotBlank String currency,
            @NotNull LocalDate validFrom, LocalDate validTo) {
    }
}
