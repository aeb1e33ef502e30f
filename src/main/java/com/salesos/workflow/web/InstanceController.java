package com.salesos.workflow.web;

import java.util.Map;

import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.Workflow;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Starts, reads and cancels process instances. */
@RestController
@PreAuthorize(Access.OPERATE)
class InstanceController {

    /** Start an instance of the latest version, or of {@code version} when given. */
    record StartRequest(Map<String, Object> variables, String businessKey, Integer version) {
    }

    record Started(long key, String bpmnProcessId) {
    }

    private final Workflow workflow;

    InstanceController(Workflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/v1/processes/{bpmnProcessId}/instances")
    @ResponseStatus(HttpStatus.CREATED)
    Started start(@PathVariable String bpmnProcessId, @RequestBody(required = false) StartRequest request) {
        StartRequest r = request == null ? new StartRequest(null, null, null) : request;
        Map<String, Object> variables = r.variables() == null ? Map.of() : r.variables();
        long key = r.version() == null ? workflow.start(bpmnProcessId, variables, r.businessKey())
                : workflow.start(bpmnProcessId, r.version(), variables, r.businessKey());
        return new Started(key, bpmnProcessId);
    }

    @GetMapping("/api/v1/process-instances/{key}")
    ProcessInstance instance(@PathVariable long key) {
        return workflow.instance(key);
    }

    @DeleteMapping("/api/v1/process-instances/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable long key) {
        workflow.cancel(key);
    }
}
