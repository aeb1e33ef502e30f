package com.salesos.quotes;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SalesQuotes extends JpaRepository<SalesQuote, UUID>, JpaSpecificationExecutor<SalesQuote> {

    @Query(value = "select nextval('sales_quote_number_seq')", nativeQuery = true)
    long nextNumber();

    java.util.List<SalesQuote> findByStatus(QuoteStatus status);

    /** Quotes the rep created in [from, to), counted by status: rows of (status, count). */
    @Query("""
            select q.status, count(q) from SalesQuote q
            where q.repId = :repId and q.createdAt >= :from and q.createdAt < :to
            group by q.status""")
    java.util.List<Object[]> countByStatus(UUID repId, Instant from, Instant to);
}
