package com.salesos.orders;

/** Where an order came from: an accepted quote, a rep's direct order, or a partner's order with its own reference. */
public enum OrderSource {
    QUOTE, DIRECT, PARTNER
}
