package com.salesos.catalog;

import java.time.Instant;

/** Units held for a reference; {@code releasedAt} is set once the hold is given back. */
public record StockReservationView(String reference, String sku, String location, int quantity, Instant reservedAt,
        Instant releasedAt) {
}
