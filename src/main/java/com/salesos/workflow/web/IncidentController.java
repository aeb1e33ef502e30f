package com.salesos.workflow.web;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import com.salesos.workflow.Incident;
import com.salesos.workflow.IncidentPage;
import com.salesos.workflow.IncidentState;
import com.salesos.workflow.Workflow;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lists incidents (open by default) and retries the step behind one. */
@RestController
@PreAuthorize(Access.OPERATE)
class IncidentController {

    private final Workflow workflow;

    IncidentController(Workflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/api/v1/incidents")
    PageResponse<Incident> incidents(@RequestParam(defaultValue = "OPEN") IncidentState state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageParams.of(page, size, Sort.unsorted());
        IncidentPage result = workflow.incidents(state, page, size);
        return new PageResponse<>(result.items(), result.page(), result.size(), result.total());
    }

    @PostMapping("/api/v1/incidents/{key}/resolve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resolve(@PathVariable long key) {
        workflow.resolveIncident(key);
    }
}
