/**
 * The pages reps and managers work in: the task inbox (approvals included), my day with its route drawing and
 * visit logging, the territory map and week planner, quotes and orders with where their process stands, my commissions, and the manager's team
 * dashboard (KPIs over time, pipeline by stage, AI insights); all through the
 * features' public services and the {@link com.salesos.workflow.Workflow} port. It reads the catalog (the new
 * quote's product picker) through {@code CatalogService}'s public queries only, like the quotes feature does.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "workflow", "quotes",
        "orders", "routes", "visits", "commissions", "accounts", "ai", "kpi", "pipeline", "reps", "catalog" })
package com.salesos.web;
