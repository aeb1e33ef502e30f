/**
 * The workflow port: deploy BPMN/DMN models, start instances, publish messages, work user tasks, evaluate
 * decisions and register job workers; the embedded engine (and later the Zeebe adapter) implement it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "security"})
package com.salesos.workflow;
