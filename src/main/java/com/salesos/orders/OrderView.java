package com.salesos.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.Money;
import com.salesos.quotes.PricedLine;

/**
 * An order as other features and API callers see it; {@code quoteId} is set for orders from a quote,
 * {@code partnerId}/{@code externalRef} for partner orders, {@code splitFromId} for the back-ordered rest of a split
 * order, {@code processInstanceKey} for the order-to-commission instance that runs it, {@code commission} once
 * recorded.
 */
public record OrderView(UUID id, String number, OrderSource source, UUID quoteId, UUID partnerId, String externalRef,
        UUID splitFromId, Long processInstanceKey, UUID accountId, UUID repId, String currency, OrderStatus status, List<PricedLine> items, Money subtotal,
        Money discountTotal, Money total, Money costTotal, BigDecimal marginPercent, InvoiceState invoiceState,
        PaymentState paymentState, Instant confirmedAt, Instant invoiceRequestedAt, Instant paidAt,
        Instant cancelledAt, Commission commission, Instant createdAt, Instant updatedAt) {

    /** The commission recorded for the order: {@code amount = baseAmount × rate × accelerator}, with the rules. */
    public record Commission(UUID id, Money baseAmount, BigDecimal rate, BigDecimal accelerator, Money amount,
            String status, List<String> rules) {
    }
}
