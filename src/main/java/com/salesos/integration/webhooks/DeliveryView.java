package com.salesos.integration.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One delivery as the API shows it.
 *
 * @param nextAttemptAt when it is tried next; null once delivered or dead
 * @param lastStatus the receiver's last HTTP status; null when it could not be reached
 */
record DeliveryView(UUID id, UUID subscriptionId, UUID eventId, String eventType, String subject,
        DeliveryState state, int attempts, Integer lastStatus, String lastError, Instant nextAttemptAt,
        Instant deliveredAt, Instant createdAt) {

    /** Maps a row of {@code webhook_delivery d join outbox_event e}. */
    static DeliveryView map(ResultSet rs, int row) throws SQLException {
        return new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("type"), rs.getString("subject"),
                DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                (Integer) rs.getObject("last_status"), rs.getString("last_error"), instant(rs, "next_attempt_at"),
                instant(rs, "delivered_at"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
