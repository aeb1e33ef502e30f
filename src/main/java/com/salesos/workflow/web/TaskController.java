package com.salesos.workflow.web;

import java.util.Map;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import com.salesos.security.Actor;
import com.salesos.workflow.TaskAccess;
import com.salesos.workflow.TaskPage;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.Workflow;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User tasks: the caller's list, claim (to themselves, or to anyone for sales ops), unclaim and complete. */
@RestController
@RequestMapping("/api/v1/tasks")
@PreAuthorize(Access.TASKS)
class TaskController {

    /** Sales ops and machine clients may claim for someone else; people claim for themselves. */
    record ClaimRequest(String assignee) {
    }

    record CompleteRequest(Map<String, Object> variables) {
    }

    private final Workflow workflow;
    private final TaskAccess access;

    TaskController(Workflow workflow, TaskAccess access) {
        this.workflow = workflow;
        this.access = access;
    }

    @GetMapping
    PageResponse<UserTask> tasks(@RequestParam(required = false) String assignee,
            @RequestParam(required = false) String candidateGroup, @RequestParam(required = false) String candidateUser,
            @RequestParam(required = false) Long processInstanceKey,
            @RequestParam(defaultValue = "CREATED") UserTask.TaskState state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageParams.of(page, size, Sort.unsorted());
        Actor actor = access.actor();
        boolean restricted = access.restricted(actor);
        TaskPage result = workflow.tasks(new TaskQuery(assignee, candidateGroup, candidateUser, processInstanceKey,
                state, restricted ? actor.name() : null, restricted ? access.groups(actor) : null, page, size));
        return new PageResponse<>(result.items(), result.page(), result.size(), result.total());
    }

    @GetMapping("/{key}")
    UserTask task(@PathVariable long key) {
        UserTask task = workflow.task(key);
        access.checkVisible(access.actor(), task);
        return task;
    }

    @PostMapping("/{key}/claim")
    UserTask claim(@PathVariable long key, @RequestBody(required = false) ClaimRequest request) {
        Actor actor = access.actor();
        UserTask task = workflow.task(key);
        access.checkVisible(actor, task);
        String assignee = access.restricted(actor) || request == null || request.assignee() == null ? actor.name()
                : request.assignee();
        return workflow.claim(key, assignee);
    }

    @PostMapping("/{key}/unclaim")
    UserTask unclaim(@PathVariable long key) {
        Actor actor = access.actor();
        access.checkWorkable(actor, workflow.task(key));
        return workflow.unclaim(key);
    }

    @PostMapping("/{key}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable long key, @RequestBody(required = false) CompleteRequest request) {
        Actor actor = access.actor();
        access.checkWorkable(actor, workflow.task(key));
        workflow.complete(key, request == null || request.variables() == null ? Map.of() : request.variables());
    }
}
