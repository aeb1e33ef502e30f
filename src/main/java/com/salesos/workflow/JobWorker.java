package com.salesos.workflow;

import java.util.Map;

/**
 * A Spring bean that does the work of every service, send or business-rule task of its job type. Runs outside
 * the engine's transaction and at least once per job, so it must be idempotent. Return the variables to set
 * (or an empty map); throw {@link BpmnError} for a business outcome the model catches, {@link JobFailure} (or
 * any other exception) to retry later.
 */
public interface JobWorker {

    /** The {@code zeebe:taskDefinition type} this worker handles, e.g. {@code quotes.price}. */
    String type();

    Map<String, Object> handle(Job job);
}
