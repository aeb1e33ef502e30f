package com.salesos.workflow;

/** {@link VariableScopingScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeVariableScopingScenarioTests extends VariableScopingScenarioTests {
}
