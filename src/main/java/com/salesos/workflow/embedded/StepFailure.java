package com.salesos.workflow.embedded;

/** A step that cannot run with the data it has; becomes an incident of the given Zeebe incident type. */
class StepFailure extends RuntimeException {

    final String type;

    StepFailure(String type, String message) {
        super(message);
        this.type = type;
    }
}
