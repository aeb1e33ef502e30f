package com.salesos.ai;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * An insight to record about a subject ({@code subjectType} e.g. {@code rep}, {@code account}, {@code deal}).
 *
 * @param repId the rep it concerns (for visibility), or null for team-wide insights
 * @param score how strong it is, 0 to 1
 * @param evidence the facts it rests on, kept as JSON; may be null
 */
public record NewInsight(String type, String subjectType, String subjectId, UUID repId, BigDecimal score,
        String explanation, Map<String, Object> evidence) {
}
