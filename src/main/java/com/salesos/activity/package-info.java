/**
 * The append-only activity log: every visit, note, quote, order and commission change writes one entry, in the
 * same transaction as the change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security" })
package com.salesos.activity;
