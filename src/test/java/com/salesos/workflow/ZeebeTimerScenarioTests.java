package com.salesos.workflow;

/** {@link TimerScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeTimerScenarioTests extends TimerScenarioTests {
}
