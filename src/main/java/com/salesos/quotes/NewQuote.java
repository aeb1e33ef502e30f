package com.salesos.quotes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create a quote; the lines are priced from today's standard price list.
 *
 * @param currency the configured default currency when null
 * @param validUntil 30 days from today when null
 */
public record NewQuote(@NotNull UUID repId, @NotNull UUID accountId, @Size(min = 3, max = 3) String currency,
        LocalDate validUntil, @NotNull @Size(min = 1, max = 200) List<LineRequest> items) {
}
