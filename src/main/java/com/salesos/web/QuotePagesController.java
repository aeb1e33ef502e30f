package com.salesos.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.orders.OrderService;
import com.salesos.orders.OrderView;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.QuoteFilter;
import com.salesos.quotes.QuoteProcess;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteView;
import com.salesos.security.AccessPolicy;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.TaskAccess;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.Workflow;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Quotes and orders the caller may see, and for each where its process stands: status, the instance's waiting
 * elements and open tasks. Another rep's quote or order by URL is 403.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class QuotePagesController {

    private static final int PAGE_SIZE = 25;

    private final QuoteService quotes;
    private final QuoteProcess quoteProcess;
    private final OrderService orders;
    private final AccessPolicy policy;
    private final Workflow workflow;
    private final TaskAccess tasks;

    QuotePagesController(QuoteService quotes, QuoteProcess quoteProcess, OrderService orders, AccessPolicy policy,
            Workflow workflow, TaskAccess tasks) {
        this.quotes = quotes;
        this.quoteProcess = quoteProcess;
        this.orders = orders;
        this.policy = policy;
        this.workflow = workflow;
        this.tasks = tasks;
    }

    @GetMapping("/quotes")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        model.addAttribute("quotes", quotes.list(new QuoteFilter(null, null, null), request));
        model.addAttribute("orders", orders.list(null, null, PageRequest.of(0, PAGE_SIZE)));
        model.addAttribute("page", Math.max(0, page));
        return "web/quotes";
    }

    @GetMapping("/quotes/{id}")
    String quote(@PathVariable UUID id, Model model) {
        QuoteView quote = visibleQuote(id);
        model.addAttribute("quote", quote);
        model.addAttribute("order", quote.orderId() == null ? null : orders.find(quote.orderId()).orElse(null));
        process(quote.processInstanceKey(), model.asMap());
        return "web/quote";
    }

    /** Changes the lines (quantities and discounts); a quote in a process goes back through the guardrails. */
    @PostMapping("/quotes/{id}/items")
    ModelAndView changeLines(@PathVariable UUID id, @RequestParam Map<String, String> fields) {
        QuoteView quote = visibleQuote(id);
        try {
            quoteProcess.change(id, lines(quote, fields));
        } catch (InvalidFieldException e) {
            ModelAndView page = new ModelAndView("web/quote", HttpStatus.BAD_REQUEST);
            page.addObject("quote", quote);
            page.addObject("order", null);
            page.addObject("fields", fields);
            page.addObject("error", e.errors().get(0).field() + ": " + e.errors().get(0).message());
            process(quote.processInstanceKey(), page.getModelMap());
            return page;
        }
        return new ModelAndView("redirect:/quotes/" + id);
    }

    @GetMapping("/orders/{id}")
    String order(@PathVariable UUID id, Model model) {
        OrderView order = orders.find(id).orElseThrow(() -> new NotFoundException("Order", id));
        policy.checkRep(order.repId());
        model.addAttribute("order", order);
        process(order.processInstanceKey(), model.asMap());
        return "web/order";
    }

    private QuoteView visibleQuote(UUID id) {
        QuoteView quote = quotes.find(id).orElseThrow(() -> new NotFoundException("Quote", id));
        policy.checkRep(quote.repId());
        return quote;
    }

    /** The posted {@code quantity-<i>} and {@code discount-<i>} fields for each line of the quote, in order. */
    private static List<LineRequest> lines(QuoteView quote, Map<String, String> fields) {
        List<LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < quote.items().size(); i++) {
            lines.add(new LineRequest(quote.items().get(i).sku(), whole(fields, "quantity-" + i, "items[" + i + "].quantity"),
                    number(fields, "discount-" + i, "items[" + i + "].discountPercent")));
        }
        return lines;
    }

    private static int whole(Map<String, String> fields, String name, String field) {
        try {
            return number(fields, name, field).intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidFieldException(field, "must be a whole number");
        }
    }

    private static BigDecimal number(Map<String, String> fields, String name, String field) {
        try {
            return new BigDecimal(fields.getOrDefault(name, "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a number");
        }
    }

    private void process(Long instanceKey, Map<String, Object> model) {
        if (instanceKey == null) {
            return;
        }
        try {
            ProcessInstance instance = workflow.instance(instanceKey);
            model.put("instance", instance);
            model.put("openTasks", workflow.tasks(tasks.visibleTo(tasks.actor(), TaskQuery.ofInstance(instanceKey)))
                    .items());
        } catch (NotFoundException e) {
            // an instance that the engine no longer knows: the status alone says where the record stands
        }
    }
}
