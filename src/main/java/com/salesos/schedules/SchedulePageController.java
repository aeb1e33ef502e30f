package com.salesos.schedules;

import com.salesos.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sales ops page of the schedules: each with its cron, zone, next and previous firing and last run, and a
 * "Run now" button that runs it as {@code POST /api/v1/schedules/{name}/run} does.
 */
@Controller
@PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN')")
class SchedulePageController {

    private final Schedules schedules;

    SchedulePageController(Schedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/ops/schedules")
    String schedules(Model model) {
        model.addAttribute("schedules", schedules.list());
        return "ops/schedules";
    }

    /** Runs the schedule now; a failure is shown on the page (and kept as its last run), an unknown name is 404. */
    @PostMapping("/ops/schedules/{name}/run")
    String run(@PathVariable String name, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("ran", schedules.runNow(name));
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("failed", name);
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:/ops/schedules";
    }

    /** An unknown schedule is a 404 page in the layout (home.PageErrors covers only the web and workbench pages). */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView page = new ModelAndView("problem", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("message", e.getMessage());
        return page;
    }
}
