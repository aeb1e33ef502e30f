/**
 * KPI snapshots per rep and period (visits, quotes, orders, revenue, win rate, quota attainment, commission),
 * computed from the other features' public services.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "activity", "reps", "quotes",
        "orders", "commissions" })
package com.salesos.kpi;
