package com.salesos.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Job workers whose behaviour each test programs per process id (so tests sharing one application context do
 * not see each other's behaviour) and which record every job they ran.
 */
public class TestWorkers {

    public static final List<String> TYPES = List.of("svc.a", "svc.b", "svc.c", "svc.d", "svc.e");

    private final Map<String, Function<Job, Map<String, Object>>> behaviours = new ConcurrentHashMap<>();
    private final List<Job> handled = new CopyOnWriteArrayList<>();

    /** What jobs of a type do in instances of a process; by default they complete with no variables. */
    public void on(String type, String bpmnProcessId, Function<Job, Map<String, Object>> behaviour) {
        behaviours.put(type + "/" + bpmnProcessId, behaviour);
    }

    Map<String, Object> handle(Job job) {
        handled.add(job);
        return behaviours.getOrDefault(job.type() + "/" + job.bpmnProcessId(), j -> Map.of()).apply(job);
    }

    public List<Job> handled(String bpmnProcessId, String type) {
        return handled.stream().filter(j -> j.bpmnProcessId().equals(bpmnProcessId) && j.type().equals(type)).toList();
    }

    public List<Job> handled(String bpmnProcessId) {
        return handled.stream().filter(j -> j.bpmnProcessId().equals(bpmnProcessId)).toList();
    }
}
