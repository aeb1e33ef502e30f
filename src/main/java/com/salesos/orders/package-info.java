/**
 * Sales orders from accepted quotes, direct or from partners: stock reservation, confirmation, invoice request and
 * payment, each step idempotent for the process workers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "activity", "catalog",
        "accounts", "reps", "quotes", "integration", "workflow" })
package com.salesos.orders;
