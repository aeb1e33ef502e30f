package com.salesos.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.Money;

/**
 * A quote as other features and API callers see it. {@code costTotal}, {@code margin} and {@code marginPercent}
 * are null when a line's cost is unknown; {@code approval} is null before the guardrails ran; {@code orderId} is
 * set once ordered.
 */
public record QuoteView(UUID id, String number, UUID accountId, UUID repId, String currency, LocalDate validUntil,
        QuoteStatus status, int revision, List<PricedLine> items, Money subtotal, Money discountTotal, Money total,
        Money costTotal, Money margin, BigDecimal marginPercent, BigDecimal discountPercent, Approval approval,
        Long processInstanceKey, UUID orderId, Instant createdAt, Instant updatedAt) {

    /**
     * What the guardrails asked and who decided. {@code level} is null after a revision until the guardrails run
     * again; {@code approvedRevision} is the revision an approval covers.
     */
    public record Approval(ApprovalLevel level, BigDecimal maxDiscountPercent, ApprovalDecision decision,
            String decidedBy, String comment, Integer approvedRevision, Instant decidedAt) {
    }
}
