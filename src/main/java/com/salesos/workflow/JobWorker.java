package com.salesos.workflow;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /** A worker from a type and a function, for features that declare their workers as beans. */
    static JobWorker of(String type, Function<Job, Map<String, Object>> handler) {
        return new JobWorker() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Map<String, Object> handle(Job job) {
                return handler.apply(job);
            }
        };
    }

    /** A worker from a type and a step that sets no variables. */
    static JobWorker running(String type, Consumer<Job> step) {
        return of(type, job -> {
            step.accept(job);
            return Map.of();
        });
    }
}
