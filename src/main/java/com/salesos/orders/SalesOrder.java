package com.salesos.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import com.salesos.platform.Money;
import com.salesos.quotes.PricedLine;
import com.salesos.quotes.PricedLines;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An order for an account. Like the quote, every step guards its state (illegal → {@link ConflictException}) and a
 * step repeated after it happened, or after a later step, changes nothing and answers false.
 */
@Entity
@Table(name = "sales_order")
class SalesOrder extends AbstractAggregateRoot<SalesOrder> {

    private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.CREATED, OrderStatus.STOCK_RESERVED,
            OrderStatus.BACKORDERED);

    @Id
    private UUID id;
    @Column(nullable = false)
    private String number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderSource source;
    @Column(name = "quote_id")
    private UUID quoteId;
    @Column(name = "partner_id")
    private UUID partnerId;
    @Column(name = "external_ref")
    private String externalRef;
    @Column(name = "split_from_id")
    private UUID splitFromId;
    @Column(name = "process_instance_key")
    private Long processInstanceKey;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(nullable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;
    @Column(nullable = false)
    private BigDecimal subtotal;
    @Column(name = "discount_total", nullable = false)
    private BigDecimal discountTotal;
    @Column(nullable = false)
    private BigDecimal total;
    @Column(name = "cost_total")
    private BigDecimal costTotal;
    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_state", nullable = false)
    private InvoiceState invoiceState;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_state", nullable = false)
    private PaymentState paymentState;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "invoice_requested_at")
    private Instant invoiceRequestedAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("lineNo")
    private List<SalesOrderItem> items = new ArrayList<>();

    protected SalesOrder() {
    }

    /** @param origin the quote id for QUOTE, null otherwise; {@code partnerId}/{@code externalRef} only for PARTNER */
    SalesOrder(String number, OrderSource source, UUID origin, UUID partnerId, String externalRef, UUID accountId,
            UUID repId, PricedLines priced, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.source = source;
        this.quoteId = origin;
        this.partnerId = partnerId;
        this.externalRef = externalRef;
        this.accountId = accountId;
        this.repId = repId;
        this.currency = priced.total().currency();
        this.status = OrderStatus.CREATED;
        this.invoiceState = InvoiceState.NOT_REQUESTED;
        this.paymentState = PaymentState.UNPAID;
        for (int i = 0; i < priced.lines().size(); i++) {
            items.add(new SalesOrderItem(i + 1, priced.lines().get(i)));
        }
        this.subtotal = priced.subtotal().amount();
        this.discountTotal = priced.discountTotal().amount();
        this.total = priced.total().amount();
        this.costTotal = priced.costTotal() == null ? null : priced.costTotal().amount();
        this.createdAt = now;
        this.updatedAt = now;
        registerEvent(new OrderCreated(id, quoteId, repId, accountId, total()));
    }

    boolean stockReserved(Instant now) {
        if (isAtOrAfter(OrderStatus.STOCK_RESERVED)) {
            return false;
        }
        require(EnumSet.of(OrderStatus.CREATED, OrderStatus.BACKORDERED), "reserve stock for");
        return transition(OrderStatus.STOCK_RESERVED, new OrderStockReserved(id, repId), now);
    }

    /**
     * Splits a CREATED order by what is in stock: keeps, line by line, the quantity {@code available} (lines with
     * none are dropped) and answers the missing rest, priced alike, for a back-order. Answers no lines when all is in
     * stock after all (the order is left as it is).
     */
    List<PricedLine> splitOff(Map<String, Integer> available, Instant now) {
        require(EnumSet.of(OrderStatus.CREATED), "split");
        Map<String, Integer> left = new HashMap<>(available);
        List<PricedLine> kept = new ArrayList<>();
        List<PricedLine> rest = new ArrayList<>();
        for (PricedLine line : lines()) {
            int have = Math.min(line.quantity(), Math.max(0, left.getOrDefault(line.sku(), 0)));
            left.merge(line.sku(), -have, Integer::sum);
            if (have > 0) {
                kept.add(have == line.quantity() ? line : line.withQuantity(have));
            }
            if (have < line.quantity()) {
                rest.add(line.withQuantity(line.quantity() - have));
            }
        }
        if (kept.isEmpty()) {
            throw new ConflictException("Nothing of order " + number + " is in stock to split off");
        }
        if (rest.isEmpty()) {
            return rest;
        }
        // lines change in place (see SalesOrderItem#replace)
        items.subList(kept.size(), items.size()).clear();
        for (int i = 0; i < kept.size(); i++) {
            items.get(i).replace(kept.get(i));
        }
        PricedLines priced = PricedLines.of(currency, kept);
        this.subtotal = priced.subtotal().amount();
        this.discountTotal = priced.discountTotal().amount();
        this.total = priced.total().amount();
        this.costTotal = priced.costTotal() == null ? null : priced.costTotal().amount();
        this.updatedAt = now;
        return rest;
    }

    /** The back-ordered rest of {@code original}'s split: its own order, waiting for stock. */
    static SalesOrder restOf(SalesOrder original, String number, List<PricedLine> rest, Instant now) {
        SalesOrder order = new SalesOrder(number, OrderSource.SPLIT, null, original.partnerId, null,
                original.accountId, original.repId, PricedLines.of(original.currency, rest), now);
        order.splitFromId = original.id;
        order.status = OrderStatus.BACKORDERED;
        return order;
    }

    /** Links the process instance that runs the order; the same one again changes nothing. */
    boolean attachProcess(long key, Instant now) {
        if (processInstanceKey != null && processInstanceKey == key) {
            return false;
        }
        processInstanceKey = key;
        updatedAt = now;
        return true;
    }

    /** The rep chose to wait for stock rather than split or cancel. */
    boolean backorder(Instant now) {
        if (status == OrderStatus.BACKORDERED) {
            return false;
        }
        require(EnumSet.of(OrderStatus.CREATED), "back-order");
        return transition(OrderStatus.BACKORDERED, new OrderBackordered(id, repId), now);
    }

    boolean confirm(Instant now) {
        if (isAtOrAfter(OrderStatus.CONFIRMED)) {
            return false;
        }
        require(EnumSet.of(OrderStatus.STOCK_RESERVED, OrderStatus.BACKORDERED), "confirm");
        confirmedAt = now;
        return transition(OrderStatus.CONFIRMED, new OrderConfirmed(id, repId, total()), now);
    }

    boolean requestInvoice(Instant now) {
        if (isAtOrAfter(OrderStatus.INVOICED)) {
            return false;
        }
        require(EnumSet.of(OrderStatus.CONFIRMED), "invoice");
        invoiceState = InvoiceState.REQUESTED;
        invoiceRequestedAt = now;
        return transition(OrderStatus.INVOICED, new InvoiceRequested(id, repId, total()), now);
    }

    boolean markPaid(Instant at, Instant now) {
        if (status == OrderStatus.PAID) {
            return false;
        }
        require(EnumSet.of(OrderStatus.INVOICED), "mark as paid");
        paymentState = PaymentState.PAID;
        paidAt = at;
        return transition(OrderStatus.PAID, new OrderPaid(id, repId, total(), at), now);
    }

    boolean cancel(Instant now) {
        if (status == OrderStatus.CANCELLED) {
            return false;
        }
        require(CANCELLABLE, "cancel");
        cancelledAt = now;
        return transition(OrderStatus.CANCELLED, new OrderCancelled(id, repId), now);
    }

    /** Stock, confirmation, invoice and payment happen in this order; CANCELLED and BACKORDERED are off the line. */
    private boolean isAtOrAfter(OrderStatus step) {
        List<OrderStatus> line = List.of(OrderStatus.CREATED, OrderStatus.STOCK_RESERVED, OrderStatus.CONFIRMED,
                OrderStatus.INVOICED, OrderStatus.PAID);
        return line.contains(status) && line.indexOf(status) >= line.indexOf(step);
    }

    private boolean transition(OrderStatus next, Object event, Instant now) {
        status = next;
        updatedAt = now;
        registerEvent(event);
        return true;
    }

    private void require(Set<OrderStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ConflictException("Cannot " + action + " order " + number + " in status " + status);
        }
    }

    private Money total() {
        return new Money(total, currency);
    }

    List<PricedLine> lines() {
        return items.stream().map(i -> i.toLine(currency)).toList();
    }

    UUID getId() {
        return id;
    }

    UUID getRepId() {
        return repId;
    }

    String getNumber() {
        return number;
    }

    OrderStatus getStatus() {
        return status;
    }

    OrderView toView(OrderView.Commission commission) {
        PricedLines priced = PricedLines.of(currency, lines());
        return new OrderView(id, number, source, quoteId, partnerId, externalRef, splitFromId, processInstanceKey,
                accountId, repId, currency, status,
                priced.lines(), priced.subtotal(), priced.discountTotal(), priced.total(), priced.costTotal(),
                priced.marginPercent(), invoiceState, paymentState, confirmedAt, invoiceRequestedAt, paidAt,
                cancelledAt, commission, createdAt, updatedAt);
    }
}
