/**
 * The sales ops workbench (UI): models and their versions, BPMN diagrams and DMN tables, the decision tester,
 * instances, incidents and where work waits; everything through the {@link com.salesos.workflow.Workflow} port.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"workflow", "platform"})
package com.salesos.workbench;
