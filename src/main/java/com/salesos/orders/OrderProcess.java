package com.salesos.orders;

import java.util.Map;
import java.util.UUID;

import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order steps of the quote-to-commission process that other systems hear about: each writes its outbox event
 * in the transaction of the status change, at most once per order (the idempotency key is the order id).
 */
@Service
public class OrderProcess {

    private final OrderService orders;
    private final Outbox outbox;

    OrderProcess(OrderService orders, Outbox outbox) {
        this.orders = orders;
        this.outbox = outbox;
    }

    @Transactional
    public OrderView confirm(UUID orderId) {
        OrderView order = orders.confirm(orderId);
        outbox.publish("order.confirmed:" + orderId, EventTypes.ORDER_CONFIRMED, subject(orderId), summary(order));
        return order;
    }

    @Transactional
    public OrderView requestInvoice(UUID orderId) {
        OrderView order = orders.requestInvoice(orderId);
        outbox.publish("invoice.requested:" + orderId, EventTypes.INVOICE_REQUESTED, subject(orderId),
                summary(order));
        return order;
    }

    /** Tells the loyalty system to credit the customer for the paid order. */
    @Transactional
    public void adjustLoyalty(UUID orderId) {
        OrderView order = orders.find(orderId).orElseThrow();
        outbox.publish("loyalty.adjustment:" + orderId, EventTypes.LOYALTY_ADJUSTMENT, "account/" + order.accountId(),
                summary(order));
    }

    private static String subject(UUID orderId) {
        return "order/" + orderId;
    }

    private static Map<String, Object> summary(OrderView order) {
        return Map.of("orderId", order.id(), "number", order.number(), "accountId", order.accountId(), "repId",
                order.repId(), "total", order.total(), "status", order.status());
    }
}
