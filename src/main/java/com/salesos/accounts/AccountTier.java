package com.salesos.accounts;

/** How much an account is worth to the company; drives service levels and pricing guardrails. */
public enum AccountTier {
    STANDARD, SILVER, GOLD, PLATINUM
}
