package com.salesos.integration.webhooks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored webhook subscriptions. */
@Repository
class Subscriptions {

    private final JdbcClient jdbc;

    Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription s) {
        jdbc.sql("""
                insert into webhook_subscription (id, url, event_types, secret, created_by, created_at)
                values (:id, :url, :types, :secret, :by, :at)""")
                .param("id", s.id()).param("url", s.url()).param("types", s.eventTypes().toArray(String[]::new))
                .param("secret", s.sealedSecret()).param("by", s.createdBy())
                .param("at", OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC))
                .update();
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.sql("select * from webhook_subscription where id = :id").param("id", id)
                .query(Subscriptions::map).optional();
    }

    List<Subscription> page(int offset, int limit) {
        return jdbc.sql("select * from webhook_subscription order by created_at, id offset :offset limit :limit")
                .param("offset", offset).param("limit", limit).query(Subscriptions::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from webhook_subscription").query(Long.class).single();
    }

    /** Deletes the subscription and, by cascade, its deliveries; answers whether it existed. */
    boolean delete(UUID id) {
        return jdbc.sql("delete from webhook_subscription where id = :id").param("id", id).update() == 1;
    }

    static Subscription map(ResultSet rs, int row) throws SQLException {
        Array types = rs.getArray("event_types");
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("url"),
                List.of((String[]) types.getArray()), rs.getString("secret"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
