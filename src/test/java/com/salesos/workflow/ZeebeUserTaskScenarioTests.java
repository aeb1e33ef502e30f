package com.salesos.workflow;

/** {@link UserTaskScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeUserTaskScenarioTests extends UserTaskScenarioTests {
}
