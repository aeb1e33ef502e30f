/**
 * How Sales OS talks to other systems: the transactional {@link com.salesos.integration.Outbox} that features
 * write their events to, and its delivery to subscribers as signed CloudEvents webhooks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "workflow" })
package com.salesos.integration;
