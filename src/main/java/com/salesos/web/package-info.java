/**
 * The pages reps and managers work in: the task inbox (approvals included), my day with its route drawing and
 * visit logging, quotes and orders with where their process stands, and my commissions; all through the
 * features' public services and the {@link com.salesos.workflow.Workflow} port.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "workflow", "quotes",
        "orders", "routes", "visits", "commissions", "accounts", "ai" })
package com.salesos.web;
