package com.salesos.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import com.salesos.accounts.AccountService;
import com.salesos.activity.ActivityLog;
import com.salesos.catalog.StockService;
import com.salesos.platform.ConflictException;
import com.salesos.platform.Currencies;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.platform.Money;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.quotes.PricedLine;
import com.salesos.quotes.PricedLines;
import com.salesos.quotes.Pricing;
import com.salesos.quotes.QuoteProcess;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteStatus;
import com.salesos.quotes.QuoteView;
import com.salesos.reps.RepService;
import com.salesos.security.AccessPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places orders and moves them through stock, confirmation, invoice and payment. As with quotes, the step methods
 * are idempotent for the process workers (one order per quote, one per partner reference; a repeated step changes
 * nothing), write one activity entry per change and do not check visibility; {@link #place}, {@link #get} and
 * {@link #list} do.
 */
@Service
public class OrderService {

    private final SalesOrders orders;
    private final QuoteService quotes;
    private final QuoteProcess quoteProcess;
    private final Pricing pricing;
    private final StockService stock;
    private final RepService reps;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final ActivityLog activity;
    private final ObjectProvider<OrderCommissions> commissions;
    private final Clock clock;
    private final String defaultCurrency;

    OrderService(SalesOrders orders, QuoteService quotes, QuoteProcess quoteProcess, Pricing pricing, StockService stock, RepService reps,
            AccountService accounts, AccessPolicy access, ActivityLog activity,
            ObjectProvider<OrderCommissions> commissions, Clock clock,
            @Value("${salesos.default-currency:EUR}") String defaultCurrency) {
        this.orders = orders;
        this.quotes = quotes;
        this.quoteProcess = quoteProcess;
        this.pricing = pricing;
        this.stock = stock;
        this.reps = reps;
        this.accounts = accounts;
        this.access = access;
        this.activity = activity;
        this.commissions = commissions;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * An order request from the API: from a quote the caller may see, or direct. A second request for the same
     * quote or partner reference answers the existing order ({@code created} false). For a quote that runs in the
     * quote-to-commission process the request joins the process (the customer accepted): the process creates the
     * order, and the answer carries no order yet but the instance key.
     *
     * @throws InvalidFieldException naming {@code quoteId}, {@code repId}, {@code accountId}, {@code partnerId},
     *         {@code externalRef}, {@code currency} or {@code items[i]} parts
     * @throws ConflictException when the quote is not ACCEPTED (SENT or ACCEPTED for a quote in the process)
     */
    @Transactional
    public PlacedOrder place(NewOrder request) {
        if (request.quoteId() != null) {
            List<FieldError> extra = new ArrayList<>();
            Map.of("repId", request.repId() != null, "accountId", request.accountId() != null, "items",
                    request.items() != null, "partnerId", request.partnerId() != null, "externalRef",
                    request.externalRef() != null, "currency", request.currency() != null).forEach((field, given) -> {
                        if (given) {
                            extra.add(new FieldError(field, "must be left out when ordering a quote"));
                        }
                    });
            if (!extra.isEmpty()) {
                throw new InvalidFieldException(extra);
            }
            QuoteView quote = quotes.find(request.quoteId()).filter(q -> access.canSeeRep(q.repId()))
                    .orElseThrow(() -> new InvalidFieldException("quoteId", "is not a known quote"));
            Optional<SalesOrder> existing = orders.findByQuoteId(quote.id());
            if (existing.isPresent()) {
                return new PlacedOrder(view(existing.get()), false, null);
            }
            if (quoteProcess.acceptInProcess(quote.id())) {
                return new PlacedOrder(null, false, quote.processInstanceKey());
            }
            return new PlacedOrder(createFromQuote(quote.id()), true, null);
        }
        return placeDirect(request);
    }

    /**
     * The order of an accepted quote, created once: a second call answers the same order.
     *
     * @throws NotFoundException when the quote is unknown
     * @throws ConflictException when the quote is not ACCEPTED
     */
    @Transactional
    public OrderView createFromQuote(UUID quoteId) {
        Optional<SalesOrder> existing = orders.findByQuoteId(quoteId);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        QuoteView quote = quotes.find(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
        if (quote.status() != QuoteStatus.ACCEPTED) {
            throw new ConflictException("Quote " + quote.number() + " is " + quote.status() + ", not ACCEPTED");
        }
        SalesOrder order = save(new SalesOrder(nextNumber(), OrderSource.QUOTE, quote.id(), null, null,
                quote.accountId(), quote.repId(), PricedLines.of(quote.currency(), quote.items()), now()));
        quotes.markOrdered(quote.id(), order.getId());
        return view(order);
    }

    private PlacedOrder placeDirect(NewOrder request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.repId() == null || reps.find(request.repId()).isEmpty()) {
            errors.add(new FieldError("repId", request.repId() == null ? "is required" : "is not a known rep"));
        }
        if (request.accountId() == null || accounts.find(request.accountId()).isEmpty()) {
            errors.add(new FieldError("accountId", request.accountId() == null ? "is required" : "is not a known account"));
        }
        if ((request.partnerId() == null) != (request.externalRef() == null)) {
            errors.add(new FieldError(request.partnerId() == null ? "partnerId" : "externalRef",
                    "is required together with " + (request.partnerId() == null ? "externalRef" : "partnerId")));
        } else if (request.partnerId() != null && accounts.find(request.partnerId()).isEmpty()) {
            errors.add(new FieldError("partnerId", "is not a known account"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        access.checkRep(request.repId());
        if (request.partnerId() != null) {
            Optional<SalesOrder> existing = orders.findByPartnerIdAndExternalRef(request.partnerId(),
                    request.externalRef());
            if (existing.isPresent()) {
                return new PlacedOrder(view(existing.get()), false, null);
            }
        }
        String currency = Currencies.require(request.currency() == null ? defaultCurrency : request.currency(),
                "currency");
        PricedLines priced = pricing.price(currency, LocalDate.now(clock), request.items(), "items");
        OrderSource source = request.partnerId() == null ? OrderSource.DIRECT : OrderSource.PARTNER;
        SalesOrder order = save(new SalesOrder(nextNumber(), source, null, request.partnerId(), request.externalRef(),
                request.accountId(), request.repId(), priced, now()));
        return new PlacedOrder(view(order), true, null);
    }

    /**
     * Holds stock for every line (by order number, SKUs in order so concurrent orders never deadlock); all or
     * nothing. Repeating it, or calling it after confirmation, changes nothing.
     *
     * @throws OutOfStockException when some product lacks stock; nothing is held then
     */
    @Transactional
    public OrderView reserveStock(UUID orderId) {
        SalesOrder order = load(orderId);
        if (!order.stockReserved(now())) {
            return view(order);
        }
        Map<String, Integer> needed = new TreeMap<>();
        Map<String, UUID> products = new TreeMap<>();
        for (PricedLine line : order.lines()) {
            needed.merge(line.sku(), line.quantity(), Integer::sum);
            products.put(line.sku(), line.productId());
        }
        List<Shortage> shortages = new ArrayList<>();
        needed.forEach((sku, quantity) -> {
            int available = stock.availableStock(sku);
            if (available < quantity) {
                shortages.add(new Shortage(products.get(sku), sku, quantity, available, quantity - available));
            }
        });
        if (!shortages.isEmpty()) {
            throw new OutOfStockException(order.getId(), order.getNumber(), shortages);
        }
        needed.forEach((sku, quantity) -> stock.reserve(sku, quantity, order.getNumber()));
        log(order, "order.stock-reserved", Map.of("lines", needed));
        return view(orders.save(order));
    }

    /** What splitting an order did; {@code backOrderId} is the back-ordered rest's order when there is one. */
    public record Split(SplitOutcome outcome, UUID backOrderId) {
    }

    public enum SplitOutcome {
        /** The order keeps (and holds) what is in stock; the rest is the back-order. */
        SPLIT,
        /** Everything is in stock after all: the order holds it all. */
        ALL_IN_STOCK,
        /** Nothing is in stock: the order is left as it was. */
        NOTHING_IN_STOCK
    }

    /**
     * The rep chose to split an order short of stock: the order keeps what is in stock now and holds it; the rest
     * becomes a back-order of its own ({@link OrderSource#SPLIT}, BACKORDERED). Repeating it answers the same split.
     */
    @Transactional
    public Split split(UUID orderId) {
        SalesOrder order = load(orderId);
        Optional<SalesOrder> done = orders.findBySplitFromId(orderId);
        if (done.isPresent()) {
            return new Split(SplitOutcome.SPLIT, done.get().getId());
        }
        Map<String, Integer> available = new TreeMap<>();
        order.lines().forEach(l -> available.computeIfAbsent(l.sku(), stock::availableStock));
        if (available.values().stream().allMatch(n -> n <= 0)) {
            return new Split(SplitOutcome.NOTHING_IN_STOCK, null);
        }
        List<PricedLine> rest = order.splitOff(available, now());
        UUID backOrderId = null;
        if (!rest.isEmpty()) {
            SalesOrder restOrder = save(SalesOrder.restOf(order, nextNumber(), rest, now()));
            log(order, "order.split", Map.of("backOrder", restOrder.getNumber()));
            log(restOrder, "order.backordered", Map.of("splitFrom", order.getNumber()));
            backOrderId = restOrder.getId();
        }
        orders.save(order);
        reserveStock(orderId);
        return new Split(backOrderId == null ? SplitOutcome.ALL_IN_STOCK : SplitOutcome.SPLIT, backOrderId);
    }

    /** Back-orders that could be served in full from the stock available now, oldest first. */
    @Transactional(readOnly = true)
    public List<UUID> backOrdersNowInStock() {
        return orders.findByStatusOrderByCreatedAt(OrderStatus.BACKORDERED).stream()
                .filter(o -> {
                    Map<String, Integer> needed = new TreeMap<>();
                    o.lines().forEach(l -> needed.merge(l.sku(), l.quantity(), Integer::sum));
                    return needed.entrySet().stream().allMatch(e -> stock.availableStock(e.getKey()) >= e.getValue());
                })
                .map(SalesOrder::getId).toList();
    }

    @Transactional
    public OrderView attachProcess(UUID orderId, long processInstanceKey) {
        return change(orderId, o -> o.attachProcess(processInstanceKey, now()), "order.process-started");
    }

    /** The rep chose to wait for stock. */
    @Transactional
    public OrderView backorder(UUID orderId) {
        return change(orderId, o -> o.backorder(now()), "order.backordered");
    }

    @Transactional
    public OrderView confirm(UUID orderId) {
        return change(orderId, o -> o.confirm(now()), "order.confirmed");
    }

    @Transactional
    public OrderView requestInvoice(UUID orderId) {
        return change(orderId, o -> o.requestInvoice(now()), "order.invoice-requested");
    }

    /** Records the payment as of now. */
    @Transactional
    public OrderView markPaid(UUID orderId) {
        return markPaid(orderId, now());
    }

    /** Records the payment made at {@code paidAt} (from the finance system's message). */
    @Transactional
    public OrderView markPaid(UUID orderId, Instant paidAt) {
        Instant at = paidAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return change(orderId, o -> o.markPaid(at, now()), "order.paid");
    }

    /** Cancels the order and gives back any stock it holds. */
    @Transactional
    public OrderView cancel(UUID orderId) {
        SalesOrder order = load(orderId);
        if (order.cancel(now())) {
            stock.releaseAll(order.getNumber());
            log(order, "order.cancelled", Map.of());
            order = orders.save(order);
        }
        return view(order);
    }

    /** The order, if the caller may see it. @throws NotFoundException when unknown or not visible */
    @Transactional(readOnly = true)
    public OrderView get(UUID id) {
        return orders.findById(id).filter(o -> access.canSeeRep(o.getRepId())).map(this::view)
                .orElseThrow(() -> new NotFoundException("Order", id));
    }

    /** The order, without a visibility check: for process workers and other features' services. */
    @Transactional(readOnly = true)
    public Optional<OrderView> find(UUID id) {
        return orders.findById(id).map(this::view);
    }

    /** Orders the caller may see, newest first. */
    @Transactional(readOnly = true)
    public PageResponse<OrderView> list(UUID repId, OrderStatus status, PageRequest page) {
        if (repId != null) {
            access.checkRep(repId);
        }
        java.util.Set<UUID> visible = access.visibleRepIds().orElse(null);
        return PageResponse.of(orders.findAll((root, query, cb) -> cb.and(
                visible == null ? cb.conjunction() : visible.isEmpty() ? cb.disjunction() : root.get("repId").in(visible),
                repId == null ? cb.conjunction() : cb.equal(root.get("repId"), repId),
                status == null ? cb.conjunction() : cb.equal(root.get("status"), status)),
                page.withSort(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))), this::view);
    }

    /** The rep's orders in {@code currency} created in [from, to) and not cancelled; for KPIs. */
    @Transactional(readOnly = true)
    public OrderFigures figuresFor(UUID repId, String currency, Instant from, Instant to) {
        Object[] row = orders.figures(repId, currency, from, to).get(0);
        return new OrderFigures(((Number) row[0]).intValue(), new Money((java.math.BigDecimal) row[1], currency));
    }

    /**
     * When the account ordered since {@code since} (orders not cancelled, newest first), whichever rep took the
     * orders: the account's order rhythm. Only the moments, so no other rep's order is shown through it.
     */
    @Transactional(readOnly = true)
    public List<Instant> orderTimesOfAccount(UUID accountId, Instant since) {
        return orders.orderTimes(accountId, since);
    }

    /** Whether the order's account ordered before it (orders not cancelled): the customer is not new. */
    @Transactional(readOnly = true)
    public boolean accountOrderedBefore(UUID orderId) {
        SalesOrder order = load(orderId);
        OrderView view = order.toView(null);
        return orders.existsByAccountIdAndCreatedAtBeforeAndStatusNot(view.accountId(), view.createdAt(),
                OrderStatus.CANCELLED);
    }

    private OrderView change(UUID orderId, Function<SalesOrder, Boolean> step, String action) {
        SalesOrder order = load(orderId);
        if (step.apply(order)) {
            log(order, action, Map.of("status", order.getStatus()));
            order = orders.save(order);
        }
        return view(order);
    }

    private SalesOrder save(SalesOrder order) {
        SalesOrder saved = orders.save(order);
        log(saved, "order.created", Map.of("number", saved.getNumber(), "source", saved.toView(null).source()));
        return saved;
    }

    private String nextNumber() {
        return "O-%d-%06d".formatted(now().atZone(ZoneOffset.UTC).getYear(), orders.nextNumber());
    }

    private SalesOrder load(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    private void log(SalesOrder order, String action, Map<String, ?> details) {
        activity.record(action, "order", order.getId(), order.getRepId(), details);
    }

    private OrderView view(SalesOrder order) {
        OrderCommissions lookup = commissions.getIfAvailable();
        return order.toView(lookup == null ? null : lookup.forOrder(order.getId()).orElse(null));
    }

    /** Now, to the microsecond PostgreSQL keeps, so a value read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
