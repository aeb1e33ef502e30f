package com.salesos.integration.webhooks;

/** Where one delivery of an event to one subscription stands. */
enum DeliveryState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Gave up after the configured number of attempts; a replay makes it pending again. */
    DEAD
}
