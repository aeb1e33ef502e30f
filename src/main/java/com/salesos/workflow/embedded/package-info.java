/**
 * The embedded engine: executes Camunda 8 (Zeebe dialect) BPMN and DMN models with state in PostgreSQL.
 * Parser and validator, element behaviours, the state store, the job executor, the timer poller and message
 * correlation live here; everything else sees only the {@link com.salesos.workflow.Workflow} port.
 */
package com.salesos.workflow.embedded;
