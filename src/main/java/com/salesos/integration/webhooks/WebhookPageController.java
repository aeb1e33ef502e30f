package com.salesos.integration.webhooks;

import java.util.UUID;

import com.salesos.platform.ConflictException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageParams;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sales ops page of the webhooks: the subscriptions and the latest deliveries with their state, attempts and
 * last error, and a Replay button on delivered and dead ones (as {@code POST /api/v1/webhooks/deliveries/{id}/replay}).
 */
@Controller
@PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN')")
class WebhookPageController {

    private static final int PAGE_SIZE = 25;

    private final WebhookService webhooks;

    WebhookPageController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/ops/webhooks")
    String webhooks(@RequestParam(required = false) DeliveryState state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("subscriptions", webhooks.list(PageParams.of(0, 100, Sort.unsorted())));
        model.addAttribute("deliveries", webhooks.deliveries(state, null,
                PageParams.of(Math.max(0, page), PAGE_SIZE, Sort.unsorted())));
        return "ops/webhooks";
    }

    @PostMapping("/ops/webhooks/deliveries/{id}/replay")
    String replay(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("replayed", webhooks.replay(id));
        return "redirect:/ops/webhooks";
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getName() + " has an invalid value");
    }

    /** A page in the layout, as home.PageErrors answers for the web and workbench pages. */
    private static ModelAndView problem(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
