package com.salesos.commissions;

import java.util.Optional;
import java.util.UUID;

import com.salesos.orders.OrderCommissions;
import com.salesos.orders.OrderView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows an order's commission on the order (the first recorded, when several decisions paid one). */
@Component
class CommissionsOfOrders implements OrderCommissions {

    private final SalesCommissions commissions;

    CommissionsOfOrders(SalesCommissions commissions) {
        this.commissions = commissions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderView.Commission> forOrder(UUID orderId) {
        return commissions.findByOrderIdOrderByCreatedAt(orderId).stream().findFirst().map(SalesCommission::toView)
                .map(c -> new OrderView.Commission(c.id(), c.baseAmount(), c.rate(), c.accelerator(), c.amount(),
                        c.status().name(), c.rules()));
    }
}
