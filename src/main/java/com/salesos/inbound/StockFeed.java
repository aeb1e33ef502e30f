package com.salesos.inbound;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Stock counts from the inventory system: units on hand per SKU and location. */
record StockFeed(@Size(max = 200) String eventId, @NotEmpty @Size(max = 10000) List<@NotNull @Valid Item> items) {

    record Item(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 50) String location,
            @NotNull @Min(0) Integer onHand) {
    }
}
