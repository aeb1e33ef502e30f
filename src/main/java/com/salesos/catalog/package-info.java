/**
 * The product catalog: products with their costs, price lists with validity periods per currency, stock per
 * location and idempotent stock reservations for orders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package com.salesos.catalog;
