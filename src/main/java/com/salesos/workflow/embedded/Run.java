package com.salesos.workflow.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit of work of one engine command (one transaction): the instances it touched and the rows it will
 * write. Nothing reaches the database until {@link Store#flush}; rows of element instances that started and
 * ended within the command are never written at all.
 */
final class Run {

    record NewJob(long key, String type, long processInstanceKey, long elementInstanceKey, String elementId,
            String bpmnProcessId, int retries, Instant dueAt, String headers) {
    }

    record NewTask(long key, long processInstanceKey, String bpmnProcessId, long elementInstanceKey,
            String elementId, String name, String assignee, List<String> candidateGroups,
            List<String> candidateUsers, Instant dueDate, Instant followUpDate, String formKey, Integer priority) {
    }

    record NewTimer(long key, long definitionKey, Long processInstanceKey, Long elementInstanceKey, String elementId,
            Instant dueAt, int repetitions, String interval) {
    }

    record NewSubscription(long key, long processInstanceKey, long elementInstanceKey, String elementId,
            String messageName, String correlationKey) {
    }

    record NewIncident(long key, long processInstanceKey, String bpmnProcessId, long elementInstanceKey,
            String elementId, Long jobKey, String errorType, String message) {
    }

    record HistoryRow(long processInstanceKey, long elementInstanceKey, String elementId, String elementType,
            String event) {
    }

    final Instant now;
    /** Token moves still to do in this command, run in order (keeps the stack flat for long chains). */
    final java.util.ArrayDeque<Runnable> agenda = new java.util.ArrayDeque<>();
    final Map<Long, Instance> instances = new LinkedHashMap<>();
    final List<NewJob> jobs = new ArrayList<>();
    final List<NewTask> tasks = new ArrayList<>();
    final List<NewTimer> timers = new ArrayList<>();
    final List<NewSubscription> subscriptions = new ArrayList<>();
    final List<NewIncident> incidents = new ArrayList<>();
    final List<HistoryRow> history = new ArrayList<>();
    final Set<Long> endedElements = new HashSet<>();
    final Set<Long> newElements = new HashSet<>();
    final List<Long> deletedTimers = new ArrayList<>();
    final List<Long> deletedJobs = new ArrayList<>();
    final List<Long> deletedSubscriptions = new ArrayList<>();
    final List<long[]> messageCorrelations = new ArrayList<>();
    boolean jobsCreated;
    boolean timersCreated;

    Run(Instant now) {
        this.now = now;
    }

    void history(Instance pi, long elementInstanceKey, String elementId, String type, String event) {
        history.add(new HistoryRow(pi.key, elementInstanceKey, elementId, type, event));
    }

    /** Whether an element instance ended in this command before its rows were written. */
    boolean endedUnwritten(Long elementInstanceKey) {
        return elementInstanceKey != null && endedElements.contains(elementInstanceKey)
                && newElements.contains(elementInstanceKey);
    }
}
