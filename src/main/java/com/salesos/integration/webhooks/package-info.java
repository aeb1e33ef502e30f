/** Webhook subscriptions, the delivery dispatcher and its REST API: internals of the integration module. */
package com.salesos.integration.webhooks;
