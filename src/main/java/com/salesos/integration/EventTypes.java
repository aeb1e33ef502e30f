package com.salesos.integration;

import java.util.Set;

/**
 * The event types Sales OS publishes to other systems, the one list of them: a feature that reports a new kind
 * of change adds its type here, and webhook subscriptions may only name types from {@link #ALL}.
 */
public final class EventTypes {

    public static final String QUOTE_SENT = "quote.sent";
    public static final String QUOTE_ACCEPTED = "quote.accepted";
    public static final String ORDER_CONFIRMED = "order.confirmed";
    public static final String INVOICE_REQUESTED = "invoice.requested";
    public static final String LOYALTY_ADJUSTMENT = "loyalty.adjustment";
    public static final String COMMISSION_RECORDED = "commission.recorded";
    public static final String VISIT_LOGGED = "visit.logged";
    public static final String LEAD_ASSIGNED = "lead.assigned";
    public static final String INSIGHT_CREATED = "insight.created";
    /** For the notification system: order confirmations, commission hits, reminders, alerts (recipient, channel). */
    public static final String NOTIFICATION_REQUESTED = "notification.requested";

    public static final Set<String> ALL = Set.of(QUOTE_SENT, QUOTE_ACCEPTED, ORDER_CONFIRMED, INVOICE_REQUESTED,
            LOYALTY_ADJUSTMENT, COMMISSION_RECORDED, VISIT_LOGGED, LEAD_ASSIGNED, INSIGHT_CREATED,
            NOTIFICATION_REQUESTED);

    private EventTypes() {
    }
}
