package com.salesos.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.Money;

/** A deal as API callers and other features see it; {@code closeReason} and {@code closedAt} once WON or LOST. */
public record DealView(UUID id, UUID accountId, UUID repId, String name, DealStage stage, Money amount,
        LocalDate expectedClose, int probability, String closeReason, Instant closedAt, Instant lastActivityAt,
        Instant createdAt) {
}
