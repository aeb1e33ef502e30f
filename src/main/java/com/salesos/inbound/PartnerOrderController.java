package com.salesos.inbound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.AccountView;
import com.salesos.orders.NewOrder;
import com.salesos.orders.OrderProcess;
import com.salesos.orders.OrderService;
import com.salesos.orders.OrderView;
import com.salesos.orders.PlacedOrder;
import com.salesos.platform.InvalidFieldException;
import com.salesos.quotes.LineRequest;
import com.salesos.reps.RepService;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner orders: the {@code partners} scope, sales ops or admins. Each becomes a {@code SalesOrder} tied to the
 * partner (one per partner reference) and runs the order part of the lifecycle in its own order-to-commission
 * instance.
 */
@RestController
class PartnerOrderController {

    private final InboundEvents inbound;
    private final OrderService orders;
    private final OrderProcess process;
    private final AccountService accounts;
    private final RepService reps;
    private final Clock clock;

    PartnerOrderController(InboundEvents inbound, OrderService orders, OrderProcess process, AccountService accounts,
            RepService reps, Clock clock) {
        this.inbound = inbound;
        this.orders = orders;
        this.process = process;
        this.accounts = accounts;
        this.reps = reps;
        this.clock = clock;
    }

    @PostMapping("/api/v1/integrations/partners/orders")
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_partners')")
    @Transactional
    public ResponseEntity<PartnerOrderReport> order(@Valid @RequestBody PartnerOrderFeed feed,
            @RequestHeader(name = SenderEvent.HEADER, required = false) String key) {
        String eventId = SenderEvent.id(feed.eventId(), key);
        return SenderEvent.answer(inbound.once("partners/orders", eventId, PartnerOrderReport.class,
                () -> place(eventId, feed)));
    }

    private PartnerOrderReport place(String eventId, PartnerOrderFeed feed) {
        AccountView partner = accounts.find(feed.partnerId()).filter(a -> a.type() == AccountType.PARTNER)
                .orElseThrow(() -> new InvalidFieldException("partnerId", "is not a known partner account"));
        UUID customerId = feed.accountId() == null ? partner.id() : feed.accountId();
        AccountView customer = accounts.find(customerId)
                .orElseThrow(() -> new InvalidFieldException("accountId", "is not a known account"));
        UUID repId = feed.repId() != null ? feed.repId() : coveringRep(customer).or(() -> coveringRep(partner))
                .orElseThrow(() -> new InvalidFieldException("repId",
                        "is required: no rep covers the territory of the account or the partner"));
        PlacedOrder placed = orders.place(new NewOrder(null, repId, customerId, feed.currency(),
                feed.items().stream().map(l -> new LineRequest(l.sku(), l.quantity(), l.discountPercent())).toList(),
                partner.id(), feed.externalRef()));
        OrderView order = process.start(placed.order().id(), false);
        return new PartnerOrderReport(eventId, order.id(), order.number(), order.status().name(),
                order.processInstanceKey(), placed.created());
    }

    private Optional<UUID> coveringRep(AccountView account) {
        return account.territoryId() == null ? Optional.empty()
                : reps.primaryRepOf(account.territoryId(), LocalDate.now(clock));
    }
}
