package com.salesos.quotes;

/** Who must approve a quote's discounts, as the pricing guardrails decide; REFUSED means nobody may. */
public enum ApprovalLevel {
    NONE, MANAGER, DIRECTOR, REFUSED
}
