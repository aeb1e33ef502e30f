package com.salesos.orders;

/** Whether finance has been asked to invoice the order. */
public enum InvoiceState {
    NOT_REQUESTED, REQUESTED
}
