package com.salesos.orders;

import java.net.URI;
import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: 201 for a new order, 200 with the existing one when the quote or partner reference was ordered before,
 * 202 when the quote's process takes the order over.
 */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_orders')")
class OrderController {

    /** The answer while the quote's process creates the order: follow the quote for its {@code orderId}. */
    record OrderInProcess(java.util.UUID quoteId, long processInstanceKey) {
    }

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping("/api/v1/sales-reps/order")
    @PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_orders')")
    ResponseEntity<?> place(@Valid @RequestBody NewOrder request) {
        PlacedOrder placed = orders.place(request);
        if (placed.order() == null) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/quotes/" + request.quoteId()))
                    .body(new OrderInProcess(request.quoteId(), placed.processInstanceKey()));
        }
        return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/orders/" + placed.order().id())).body(placed.order());
    }

    @GetMapping("/api/v1/orders/{id}")
    OrderView get(@PathVariable UUID id) {
        return orders.get(id);
    }

    @GetMapping("/api/v1/orders")
    PageResponse<OrderView> list(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) OrderStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return orders.list(repId, status, PageParams.of(page, size, Sort.unsorted()));
    }
}
