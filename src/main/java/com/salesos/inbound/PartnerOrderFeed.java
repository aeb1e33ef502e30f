package com.salesos.inbound;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An order from a partner system: the partner (an account of type PARTNER), its own order reference, what it
 * orders, and optionally the customer account it orders for (the partner itself when null) and the rep who gets it
 * (the rep covering the customer's territory, else the partner's, when null).
 */
record PartnerOrderFeed(@Size(max = 200) String eventId, @NotNull UUID partnerId,
        @NotBlank @Size(max = 100) String externalRef, UUID accountId, UUID repId,
        @Size(min = 3, max = 3) String currency, @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> items) {

    record Line(@NotBlank @Size(max = 64) String sku, @NotNull Integer quantity,
            java.math.BigDecimal discountPercent) {
    }
}
