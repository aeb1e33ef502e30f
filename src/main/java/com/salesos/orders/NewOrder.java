package com.salesos.orders;

import java.util.List;
import java.util.UUID;

import com.salesos.quotes.LineRequest;
import jakarta.validation.constraints.Size;

/**
 * An order request: either {@code quoteId} alone (the accepted quote's lines and prices), or a direct order with
 * {@code repId}, {@code accountId}, {@code items} (priced from today's price list) and, for a partner's order,
 * {@code partnerId} with the partner's {@code externalRef}.
 *
 * @param currency the configured default currency when null
 */
public record NewOrder(UUID quoteId, UUID repId, UUID accountId, @Size(min = 3, max = 3) String currency,
        @Size(max = 200) List<LineRequest> items, UUID partnerId, @Size(max = 100) String externalRef) {
}
