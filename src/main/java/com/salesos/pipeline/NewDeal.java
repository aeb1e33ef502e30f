package com.salesos.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A deal to open.
 *
 * @param repId the calling rep when null
 * @param stage PROSPECTING when null; must be an open stage
 * @param probability the stage's default when null
 */
public record NewDeal(@NotNull UUID accountId, UUID repId, @NotBlank @Size(max = 200) String name, DealStage stage,
        @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount, @NotNull String currency,
        LocalDate expectedClose, @Min(0) @Max(100) Integer probability) {
}
