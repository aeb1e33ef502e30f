/**
 * The AI Sales Manager: route optimisation and visit planning on top of the routing engine, visit advice, lead
 * priority, and insights (risks, opportunities, coaching hints) with their acknowledgement, all computed from the product's own data and explained with their numbers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "reps", "accounts",
        "routes", "visits", "pipeline", "quotes", "orders", "commissions", "routing", "workflow", "integration",
        "schedules" })
package com.salesos.ai;
