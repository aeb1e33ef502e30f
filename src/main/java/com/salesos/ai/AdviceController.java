package com.salesos.ai;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Visit advice and lead priority: reps for themselves, managers for their team. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN')")
class AdviceController {

    private final VisitAdvisor visits;
    private final LeadPriorityScorer leads;

    AdviceController(VisitAdvisor visits, LeadPriorityScorer leads) {
        this.visits = visits;
        this.leads = leads;
    }

    @PostMapping("/api/v1/sales-reps/ai/visit-advice")
    VisitAdvice visitAdvice(@Valid @RequestBody VisitAdviceRequest request) {
        return visits.advise(request);
    }

    @PostMapping("/api/v1/sales-reps/ai/lead-priority")
    LeadPriority leadPriority(@Valid @RequestBody LeadPriorityRequest request) {
        return leads.score(request.leadId());
    }
}
