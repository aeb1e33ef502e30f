package com.salesos.web;

import com.salesos.commissions.CommissionService;
import com.salesos.security.CurrentActor;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** My commissions (a manager's include the team's), each with the decision and the rules that produced it. */
@Controller
@PreAuthorize("isAuthenticated()")
class CommissionsPageController {

    private static final int PAGE_SIZE = 50;

    private final CommissionService commissions;
    private final CurrentActor actor;

    CommissionsPageController(CommissionService commissions, CurrentActor actor) {
        this.commissions = commissions;
        this.actor = actor;
    }

    @GetMapping("/commissions")
    String commissions(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("statement", commissions.statement(null, null, null, PageRequest.of(Math.max(0, page),
                PAGE_SIZE)));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("actor", actor.get());
        return "web/commissions";
    }
}
