package com.salesos.integration.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A claimed delivery with everything needed to send it: the event, the target and the sealed secret. */
record DueDelivery(UUID id, int attempts, UUID subscriptionId, String url, String sealedSecret, UUID eventId,
        String type, String subject, String data, Instant occurredAt) {

    static DueDelivery map(ResultSet rs, int row) throws SQLException {
        return new DueDelivery(rs.getObject("id", UUID.class), rs.getInt("attempts"),
                rs.getObject("subscription_id", UUID.class), rs.getString("url"), rs.getString("secret"),
                rs.getObject("event_id", UUID.class), rs.getString("type"), rs.getString("subject"),
                rs.getString("data"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
