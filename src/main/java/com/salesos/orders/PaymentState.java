package com.salesos.orders;

/** Whether the order's invoice is paid. */
public enum PaymentState {
    UNPAID, PAID
}
