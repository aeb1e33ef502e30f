package com.salesos.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.platform.Money;

/**
 * A commission dispute with the original decision beside the one on the corrected facts ({@code recalculated} is
 * null until the process has evaluated it), and the manager's resolution once {@code RESOLVED}.
 */
public record DisputeView(UUID id, UUID commissionId, UUID repId, String status, String reason,
        Decision original, Map<String, Object> corrected, Decision recalculated, DisputeResolution resolution,
        Money resolvedAmount, String comment, Long processInstanceKey, Instant createdAt, Instant resolvedAt) {

    /** One evaluation of the commission decision: rate, accelerator, the amount on the commission's base, the rules. */
    public record Decision(BigDecimal rate, BigDecimal accelerator, Money amount, List<String> rules,
            Map<String, Object> inputs) {
    }
}
