package com.salesos.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A unit price to put on a price list.
 *
 * @param validFrom today when null
 * @param validTo open-ended when null (inclusive otherwise)
 * @param listName {@value CatalogService#STANDARD_LIST} when null
 */
public record NewPrice(@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotBlank String currency, LocalDate validFrom, LocalDate validTo, @Size(max = 50) String listName) {
}
