package com.salesos.workbench;

import com.salesos.workflow.IncidentState;
import com.salesos.workflow.Workflow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Open (or resolved) incidents, newest first, with a retry button on each open one. */
@Controller
@PreAuthorize(WorkbenchAccess.OPS)
class IncidentsController {

    private static final int PAGE_SIZE = 25;

    private final Workflow workflow;

    IncidentsController(Workflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/ops/incidents")
    String incidents(@RequestParam(defaultValue = "OPEN") IncidentState state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("result", workflow.incidents(state, Math.max(0, page), PAGE_SIZE));
        return "workbench/incidents";
    }

    @PostMapping("/ops/incidents/{key}/retry")
    String retry(@PathVariable long key, RedirectAttributes redirect) {
        workflow.resolveIncident(key);
        redirect.addFlashAttribute("retried", key);
        return "redirect:/ops/incidents";
    }
}
