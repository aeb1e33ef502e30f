/**
 * Accounts the quotes and orders are tied to: dealers, stands, partners and direct customers, with their place,
 * opening hours, tier and territory (found from the place when not given).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "reps", "security", "workflow" })
package com.salesos.accounts;
