package com.salesos.integration.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery rows and the SQL that makes several dispatcher nodes safe: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, and a claim is a lease (its next attempt moves past the send's time-out), so a
 * node that dies mid-send leaves the row to be taken again.
 */
@Repository
class Deliveries {

    private static final String VIEW = """
            select d.*, e.type from webhook_delivery d join outbox_event e on e.id = d.event_id
            """;
    private static final String FILTER = """
             where (cast(:state as varchar) is null or d.state = :state)
               and (cast(:sub as uuid) is null or d.subscription_id = :sub)
            """;

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes one pending delivery per (event, subscribed subscription) for a batch of new events; returns events done. */
    int fanOut(Instant now, int batch) {
        return jdbc.sql("""
                with batch as (
                    select id from outbox_event where fanned_out_at is null order by seq limit :batch
                    for update skip locked),
                made as (
                    insert into webhook_delivery (id, event_id, subscription_id, event_seq, subject, state, attempts,
                                                  next_attempt_at, created_at)
                    select gen_random_uuid(), e.id, s.id, e.seq, e.subject, 'PENDING', 0, :now, :now
                    from batch b join outbox_event e on e.id = b.id
                    join webhook_subscription s on e.type = any (s.event_types)
                    on conflict (event_id, subscription_id) do nothing)
                update outbox_event set fanned_out_at = :now where id in (select id from batch)""")
                .param("batch", batch).param("now", utc(now)).update();
    }

    /**
     * Claims due deliveries, at most one per (subscription, subject) and only the oldest pending one of each, so
     * that event n+1 of a subject never overtakes event n.
     */
    List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int batch) {
        List<UUID> ids = jdbc.sql("""
                with due as (
                    select d.id from webhook_delivery d
                    where d.state = 'PENDING' and d.next_attempt_at <= :now
                      and not exists (select 1 from webhook_delivery p
                                      where p.subscription_id = d.subscription_id and p.subject = d.subject
                                        and p.event_seq < d.event_seq and p.state = 'PENDING')
                    order by d.event_seq limit :batch
                    for update skip locked)
                update webhook_delivery d set next_attempt_at = :lease from due where d.id = due.id
                returning d.id""")
                .param("now", utc(now)).param("lease", utc(leaseUntil)).param("batch", batch)
                .query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.id, d.attempts, d.subscription_id, s.url, s.secret, e.id as event_id, e.type, e.subject,
                       e.data::text as data, e.occurred_at
                from webhook_delivery d join outbox_event e on e.id = d.event_id
                join webhook_subscription s on s.id = d.subscription_id
                where d.id in (:ids) order by d.event_seq""")
                .param("ids", ids).query(DueDelivery::map).list();
    }

    void delivered(UUID id, int attempts, int status, Instant now) {
        jdbc.sql("""
                update webhook_delivery set state = 'DELIVERED', attempts = :attempts, last_status = :status,
                    last_error = null, delivered_at = :now, next_attempt_at = null
                where id = :id and state = 'PENDING'""")
                .param("id", id).param("attempts", attempts).param("status", status).param("now", utc(now)).update();
    }

    /** Records a failed attempt: pending again at {@code nextAttempt}, or dead when that is null. */
    void failed(UUID id, int attempts, Integer status, String error, Instant nextAttempt) {
        jdbc.sql("""
                update webhook_delivery set state = :state, attempts = :attempts, last_status = :status,
                    last_error = :error, next_attempt_at = :next
                where id = :id and state = 'PENDING'""")
                .param("id", id).param("state", nextAttempt == null ? "DEAD" : "PENDING")
                .param("attempts", attempts).param("status", status)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("next", nextAttempt == null ? null : utc(nextAttempt)).update();
    }

    /** Makes a delivered or dead delivery pending again, due now, with a fresh budget of attempts. */
    boolean replay(UUID id, Instant now) {
        return jdbc.sql("""
                update webhook_delivery set state = 'PENDING', attempts = 0, next_attempt_at = :now,
                    delivered_at = null
                where id = :id and state in ('DELIVERED', 'DEAD')""")
                .param("id", id).param("now", utc(now)).update() == 1;
    }

    Optional<DeliveryView> find(UUID id) {
        return jdbc.sql(VIEW + " where d.id = :id").param("id", id).query(DeliveryView::map).optional();
    }

    List<DeliveryView> page(DeliveryState state, UUID subscriptionId, int offset, int limit) {
        return jdbc.sql(VIEW + FILTER + "order by d.created_at desc, d.event_seq desc offset :offset limit :limit")
                .param("state", state == null ? null : state.name()).param("sub", subscriptionId)
                .param("offset", offset).param("limit", limit).query(DeliveryView::map).list();
    }

    long count(DeliveryState state, UUID subscriptionId) {
        return jdbc.sql("select count(*) from webhook_delivery d " + FILTER)
                .param("state", state == null ? null : state.name()).param("sub", subscriptionId)
                .query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
