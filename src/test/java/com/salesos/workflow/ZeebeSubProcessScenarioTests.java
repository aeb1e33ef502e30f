package com.salesos.workflow;

/** {@link SubProcessScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeSubProcessScenarioTests extends SubProcessScenarioTests {
}
