package com.salesos.commissions;

import java.util.UUID;

import com.salesos.platform.Money;

/** A commission was recorded for a rep's paid order. */
public record CommissionRecorded(UUID commissionId, UUID orderId, UUID repId, Money amount, String period) {
}
