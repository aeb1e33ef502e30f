package com.salesos.workflow;

/** {@link DecisionScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeDecisionScenarioTests extends DecisionScenarioTests {
}
