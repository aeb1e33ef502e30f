package com.salesos.orders;

import com.salesos.platform.Money;

/** A rep's orders in a period and currency that were not cancelled: how many and their net revenue. */
public record OrderFigures(int orders, Money revenue) {
}
