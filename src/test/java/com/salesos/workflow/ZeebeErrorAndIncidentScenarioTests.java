package com.salesos.workflow;

/** {@link ErrorAndIncidentScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeErrorAndIncidentScenarioTests extends ErrorAndIncidentScenarioTests {
}
