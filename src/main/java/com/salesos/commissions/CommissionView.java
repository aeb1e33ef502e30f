package com.salesos.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.platform.Money;

/** A commission as reps and other features see it; {@code rules} are the ids of the decision rules that matched. */
public record CommissionView(UUID id, UUID repId, UUID orderId, Money baseAmount, BigDecimal rate,
        BigDecimal accelerator, Money amount, String period, CommissionStatus status, String decisionId,
        String decisionVersion, List<String> rules, Map<String, Object> inputs, Instant createdAt) {
}
