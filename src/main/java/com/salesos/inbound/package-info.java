/**
 * What other systems send Sales OS: CRM leads, virtual-office action items, partner orders, price lists, stock
 * levels, territory definitions and competitor intelligence (each call idempotent by the sender's event id), and CSV bulk import of reps, accounts, products and territories.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "reps", "accounts", "catalog",
        "orders", "quotes", "pipeline", "visits" })
package com.salesos.inbound;
