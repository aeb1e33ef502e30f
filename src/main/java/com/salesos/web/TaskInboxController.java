package com.salesos.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.accounts.AccountService;
import com.salesos.orders.OrderService;
import com.salesos.orders.OrderView;
import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.pipeline.LeadService;
import com.salesos.pipeline.LeadView;
import com.salesos.quotes.PricedLine;
import com.salesos.quotes.QuoteService;
import com.salesos.security.Actor;
import com.salesos.workflow.TaskAccess;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.Workflow;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task inbox: the open user tasks the caller may work (the same visibility as {@code GET /api/v1/tasks}),
 * overdue first, then by due date; each opens the form its form key asks for and completes through the port.
 * For managers it is the team's approval inbox (tasks offered to {@code team:<repId>}).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TaskInboxController {

    private static final int INBOX_SIZE = 100;

    /** A line the stock cannot cover: ordered on the order, missing from the shortage the process reported. */
    record ShortageRow(String sku, String name, Integer ordered, Integer inStock, Object missing) {
    }

    /** A row of the inbox. */
    record Row(UserTask task, boolean overdue) {
    }

    private final Workflow workflow;
    private final TaskAccess access;
    private final QuoteService quotes;
    private final OrderService orders;
    private final AccountService accounts;
    private final LeadService leads;
    private final ObjectMapper json;
    private final Clock clock;

    TaskInboxController(Workflow workflow, TaskAccess access, QuoteService quotes, OrderService orders,
            AccountService accounts, LeadService leads, ObjectMapper json, Clock clock) {
        this.workflow = workflow;
        this.access = access;
        this.quotes = quotes;
        this.orders = orders;
        this.accounts = accounts;
        this.leads = leads;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String inbox(Model model) {
        Actor actor = access.actor();
        TaskQuery open = new TaskQuery(null, null, null, null, UserTask.TaskState.CREATED, null, null, 0, INBOX_SIZE);
        var page = workflow.tasks(access.visibleTo(actor, open));
        Instant now = clock.instant();
        List<Row> rows = page.items().stream()
                .map(t -> new Row(t, t.dueDate() != null && t.dueDate().isBefore(now)))
                .sorted(Comparator.comparing((Row r) -> !r.overdue())
                        .thenComparing(r -> r.task().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.task().createdAt()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", page.total());
        return "web/tasks";
    }

    @GetMapping("/tasks/{key}")
    String task(@PathVariable long key, Model model) {
        UserTask task = workflow.task(key);
        access.checkVisible(access.actor(), task);
        describe(task, model.asMap());
        return "web/task";
    }

    @PostMapping("/tasks/{key}")
    ModelAndView complete(@PathVariable long key, @RequestParam Map<String, String> fields,
            RedirectAttributes redirect) {
        UserTask task = workflow.task(key);
        Actor actor = access.actor();
        access.checkWorkable(actor, task);
        TaskForm form = TaskForm.of(task.formKey());
        try {
            workflow.complete(key, form.variables(fields, json));
        } catch (InvalidFieldException e) {
            return again(task, fields, e.errors().get(0).field(), e.errors().get(0).message(), HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            return again(task, fields, null, e.getMessage(), HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("completed", task.name());
        return new ModelAndView("redirect:/tasks");
    }

    /** The form again with the caller's input and the error next to its field. */
    private ModelAndView again(UserTask task, Map<String, String> fields, String field, String message,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("web/task", status);
        describe(task, page.getModelMap());
        page.addObject("fields", fields);
        page.addObject("errorField", field);
        page.addObject("error", field == null ? message : field + ": " + message);
        return page;
    }

    private void describe(UserTask task, Map<String, Object> model) {
        TaskForm form = TaskForm.of(task.formKey());
        model.put("task", task);
        model.put("form", form.fragment());
        model.put("overdue", task.dueDate() != null && task.dueDate().isBefore(clock.instant()));
        model.putIfAbsent("fields", Map.of());
        uuid(task.variables().get("quoteId")).flatMap(quotes::find).ifPresent(q -> model.put("quote", q));
        var order = uuid(task.variables().get("orderId")).flatMap(orders::find);
        order.ifPresent(o -> model.put("order", o));
        uuid(task.variables().get("accountId")).flatMap(accounts::find).ifPresent(a -> model.put("account", a));
        uuid(task.variables().get("leadId")).flatMap(this::lead).ifPresent(l -> model.put("lead", l));
        if (task.variables().get("advice") instanceof Map<?, ?> advice) {
            model.put("advice", advice);
        }
        if (task.variables().get("actionItem") instanceof Map<?, ?> item) {
            model.put("actionItem", item);
        }
        Object shortages = task.variables().get("shortages");
        model.put("shortages", !(shortages instanceof List<?> list) ? List.of() : list.stream()
                .filter(Map.class::isInstance).map(m -> shortage((Map<?, ?>) m, order.orElse(null))).toList());
    }

    private Optional<LeadView> lead(UUID id) {
        try {
            return Optional.of(leads.get(id));
        } catch (NotFoundException e) {
            return Optional.empty(); // a lead the caller may not see: the form works without its details
        }
    }

    private static ShortageRow shortage(Map<?, ?> reported, OrderView order) {
        String sku = String.valueOf(reported.get("sku"));
        Object missing = reported.get("missing");
        var line = order == null ? Optional.<PricedLine>empty()
                : order.items().stream().filter(l -> l.sku().equals(sku)).findFirst();
        Integer ordered = line.map(PricedLine::quantity).orElse(null);
        Integer inStock = ordered != null && missing instanceof Number n ? Math.max(0, ordered - n.intValue()) : null;
        return new ShortageRow(sku, line.map(PricedLine::name).orElse(null), ordered, inStock, missing);
    }

    private static Optional<UUID> uuid(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
