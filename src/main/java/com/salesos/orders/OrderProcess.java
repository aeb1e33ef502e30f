package com.salesos.orders;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.salesos.catalog.StockLevelsChanged;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import com.salesos.reps.RepProcessVariables;
import com.salesos.workflow.Message;
import com.salesos.workflow.Workflow;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs orders through the {@value #PROCESS_ID} process (called by quote-to-commission for orders from quotes, started
 * here for the others). The steps that other systems hear about write their outbox event in the transaction of the
 * status change, at most once per order (the idempotency key is the order id).
 */
@Service
public class OrderProcess {

    static final String PROCESS_ID = "order-to-commission";
    static final String STOCK_ARRIVED = "StockArrived";

    private final OrderService orders;
    private final Outbox outbox;
    private final Workflow workflow;
    private final RepProcessVariables repVariables;

    OrderProcess(OrderService orders, Outbox outbox, Workflow workflow, RepProcessVariables repVariables) {
        this.orders = orders;
        this.outbox = outbox;
        this.workflow = workflow;
        this.repVariables = repVariables;
    }

    /**
     * Starts the order's own instance (business key = order id) in the caller's transaction; a back-order starts by
     * waiting for stock. An order that has an instance already keeps it.
     */
    @Transactional
    public OrderView start(UUID orderId, boolean backOrdered) {
        OrderView order = orders.find(orderId).orElseThrow();
        if (order.processInstanceKey() != null) {
            return order;
        }
        Map<String, Object> variables = repVariables.of(order.repId());
        variables.put("orderId", orderId.toString());
        variables.put("backOrdered", backOrdered);
        return orders.attachProcess(orderId, workflow.start(PROCESS_ID, variables, orderId.toString()));
    }

    /**
     * Splits the order (see {@link OrderService#split}) and starts the back-ordered rest's own instance, together.
     *
     * @return the resolution the process goes on with: {@code SPLIT}, or {@code BACK_ORDER} when nothing was in
     *         stock to split off (the order is back-ordered whole)
     */
    @Transactional
    public String split(UUID orderId) {
        OrderService.Split split = orders.split(orderId);
        switch (split.outcome()) {
            case NOTHING_IN_STOCK -> {
                orders.backorder(orderId);
                return "BACK_ORDER";
            }
            case SPLIT -> start(split.backOrderId(), true);
            case ALL_IN_STOCK -> { }
        }
        return "SPLIT";
    }

    /**
     * New stock: every back-order that the stock now covers in full hears {@code StockArrived} and tries its
     * reservation again (buffered for an hour, so a back-order that is just being made still hears it; one message
     * per order and count).
     */
    @ApplicationModuleListener
    void on(StockLevelsChanged changed) {
        for (UUID orderId : orders.backOrdersNowInStock()) {
            workflow.publish(new Message(STOCK_ARRIVED, orderId.toString(), Map.of(), Duration.ofHours(1),
                    "stock-arrived:" + orderId + ":" + changed.countedAt()));
        }
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
