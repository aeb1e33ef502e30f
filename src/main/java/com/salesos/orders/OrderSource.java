package com.salesos.orders;

/**
 * Where an order came from: an accepted quote, a rep's direct order, a partner's order with its own reference, or the
 * back-ordered rest of an order that was split.
 */
public enum OrderSource {
    QUOTE, DIRECT, PARTNER, SPLIT
}
