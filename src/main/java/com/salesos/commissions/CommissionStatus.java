package com.salesos.commissions;

/** A commission is calculated when recorded, then approved and paid out, or disputed by the rep. */
public enum CommissionStatus {
    CALCULATED, APPROVED, PAID, DISPUTED
}
