/**
 * Sales quotes: priced from the current price list, checked against the pricing guardrails, approved, sent and
 * accepted, rejected, expired or withdrawn; a changed quote goes back through the guardrails.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "activity", "catalog",
        "accounts", "reps", "integration", "workflow" })
package com.salesos.quotes;
