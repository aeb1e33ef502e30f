package com.salesos.inbound;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Competitor observations from planning or the field, each tied to an account or a territory (by code). */
record IntelFeed(@Size(max = 200) String eventId, @NotEmpty @Size(max = 1000) List<@NotNull @Valid Item> items) {

    record Item(@NotBlank @Size(max = 200) String competitor, @Size(max = 64) String sku,
            @Size(max = 100) String category, @Valid PriceSeen price, @Size(max = 2000) String note,
            @NotNull OffsetDateTime observedAt, @NotBlank @Size(max = 100) String source, UUID accountId,
            @Size(max = 40) String territoryCode) {
    }

    /** The competitor's price as seen. */
    record PriceSeen(@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotBlank String currency) {
    }
}
