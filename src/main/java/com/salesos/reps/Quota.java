package com.salesos.reps;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The revenue a rep is expected to bring in per period. */
public record Quota(@NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @NotBlank String currency, @NotNull QuotaPeriod period) {
}
