package com.salesos.processes;

import com.salesos.workflow.ZeebeScenario;

/**
 * {@link QuoteApprovalScenarioTests} on a Camunda 8 cluster: the product's quote-to-commission model, its job
 * workers (pricing, guardrails, notifications) as Camunda job workers, and the manager's approval through the task
 * API; skipped unless SALESOS_ZEEBE_ADDRESS is set.
 */
@ZeebeScenario
class ZeebeQuoteApprovalScenarioTests extends QuoteApprovalScenarioTests {
}
