package com.salesos.workflow.web;

import java.util.Map;

import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.Workflow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Evaluates the latest version of a decision against sample inputs (sales ops testing a table). */
@RestController
@PreAuthorize(Access.DECIDE)
class DecisionController {

    record EvaluateRequest(Map<String, Object> variables) {
    }

    private final Workflow workflow;

    DecisionController(Workflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/v1/decisions/{decisionId}/evaluate")
    DecisionResult evaluate(@PathVariable String decisionId, @RequestBody(required = false) EvaluateRequest request) {
        return workflow.evaluateDecision(decisionId,
                request == null || request.variables() == null ? Map.of() : request.variables());
    }
}
