/**
 * The demo dataset a new user sees on the first start: a region around Munich with three territories, a team of
 * reps and their manager, about 150 accounts and a catalog with prices and stock. Other features add their
 * history as further {@link com.salesos.demo.DemoStep}s.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "reps", "accounts",
        "catalog", "routes", "visits", "pipeline", "quotes", "orders", "commissions", "kpi", "workflow" })
package com.salesos.demo;
