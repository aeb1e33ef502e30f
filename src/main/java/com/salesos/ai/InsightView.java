package com.salesos.ai;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An insight as readers see it; {@code acknowledgedAt}/{@code acknowledgedBy} are null until acknowledged;
 * {@code period} ({@code from/to}) is set for findings of an analysis, which are stored once per period.
 */
public record InsightView(UUID id, String type, String subjectType, String subjectId, UUID repId, BigDecimal score,
        String explanation, Map<String, Object> evidence, Instant createdAt, Instant acknowledgedAt,
        String acknowledgedBy, String period) {
}
