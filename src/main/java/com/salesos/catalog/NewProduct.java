package com.salesos.catalog;

import com.salesos.platform.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create a product, with an optional first price.
 *
 * @param unit "piece" when null
 * @param active true when null
 */
public record NewProduct(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold letters, digits and . _ - only") String sku,
        @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String category,
        @Size(max = 20) String unit, Boolean active, Money unitCost, @Valid NewPrice price) {
}
