package com.salesos.workflow;

/** One BPMN or DMN file to deploy: its file name (ending in .bpmn or .dmn) and its content. */
public record ModelResource(String name, byte[] content) {
}
