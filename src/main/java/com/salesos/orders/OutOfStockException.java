package com.salesos.orders;

import java.util.List;
import java.util.UUID;

import com.salesos.platform.ConflictException;

/**
 * The stock cannot hold every line of the order; nothing was reserved. The REST layer answers 409; the process
 * worker turns it into the BPMN error {@value #ERROR_CODE} with the shortages.
 */
public class OutOfStockException extends ConflictException {

    public static final String ERROR_CODE = "OUT_OF_STOCK";

    private final UUID orderId;
    private final List<Shortage> shortages;

    public OutOfStockException(UUID orderId, String number, List<Shortage> shortages) {
        super("Not enough stock for order " + number + ": " + shortages.stream()
                .map(s -> s.sku() + " needs " + s.missing() + " more").toList());
        this.orderId = orderId;
        this.shortages = List.copyOf(shortages);
    }

    public UUID orderId() {
        return orderId;
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
