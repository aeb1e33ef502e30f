/**
 * Commissions: one per paid order and commission decision, keeping the rate, accelerator, the matched rules and
 * the inputs that produced it; statements per rep and period with totals per currency; a rep's dispute of one,
 * decided by their manager in the {@code commission-dispute} process.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "activity",
        "orders", "reps", "workflow", "integration" })
package com.salesos.commissions;
