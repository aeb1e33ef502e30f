package com.salesos.workflow;

/** {@link CoreElementsScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeCoreElementsScenarioTests extends CoreElementsScenarioTests {
}
