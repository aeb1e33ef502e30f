package com.salesos.orders;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SalesOrders extends JpaRepository<SalesOrder, UUID>, JpaSpecificationExecutor<SalesOrder> {

    @Query(value = "select nextval('sales_order_number_seq')", nativeQuery = true)
    long nextNumber();

    Optional<SalesOrder> findByQuoteId(UUID quoteId);

    Optional<SalesOrder> findByPartnerIdAndExternalRef(UUID partnerId, String externalRef);

    Optional<SalesOrder> findBySplitFromId(UUID splitFromId);

    java.util.List<SalesOrder> findByStatusOrderByCreatedAt(OrderStatus status);

    /** Rows of (count, sum of totals) of the rep's orders in a currency created in [from, to), not cancelled. */
    @Query("""
            select count(o), coalesce(sum(o.total), 0) from SalesOrder o
            where o.repId = :repId and o.currency = :currency and o.createdAt >= :from and o.createdAt < :to
              and o.status <> com.salesos.orders.OrderStatus.CANCELLED""")
    java.util.List<Object[]> figures(UUID repId, String currency, Instant from, Instant to);

    /** When the account's orders not cancelled were created since a moment, newest first (whichever rep took them). */
    @Query("""
            select o.createdAt from SalesOrder o
            where o.accountId = :accountId and o.createdAt >= :since
              and o.status <> com.salesos.orders.OrderStatus.CANCELLED
            order by o.createdAt desc""")
    java.util.List<Instant> orderTimes(UUID accountId, Instant since);

    boolean existsByAccountIdAndCreatedAtBeforeAndStatusNot(UUID accountId, Instant createdAt, OrderStatus status);
}
