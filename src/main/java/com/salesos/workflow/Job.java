package com.salesos.workflow;

import java.util.Map;

/** A unit of work handed to a {@link JobWorker}: the variables visible to the task and its static headers. */
public record Job(long key, String type, long processInstanceKey, String bpmnProcessId, String elementId,
        long elementInstanceKey, int retries, Map<String, Object> variables, Map<String, String> headers) {

    /** A variable converted to the given type (Jackson conversion, so a Map becomes a record). */
    public <T> T variable(String name, Class<T> type) {
        Object value = variables.get(name);
        return value == null ? null : JobValues.convert(value, type);
    }

    /** All variables converted to one type, e.g. a record of the fields the worker needs. */
    public <T> T variablesAs(Class<T> type) {
        return JobValues.convert(variables, type);
    }

    public String header(String name) {
        return headers.get(name);
    }
}
