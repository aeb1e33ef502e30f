package com.salesos.orders;

/** Where an order stands: CREATED → STOCK_RESERVED or BACKORDERED → CONFIRMED → INVOICED → PAID, or CANCELLED. */
public enum OrderStatus {
    CREATED, STOCK_RESERVED, BACKORDERED, CONFIRMED, INVOICED, PAID, CANCELLED
}
