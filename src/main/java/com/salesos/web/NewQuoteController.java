package com.salesos.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.PriceView;
import com.salesos.platform.Money;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.quotes.ApprovalLevel;
import com.salesos.quotes.GuardrailFacts;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.PricedLines;
import com.salesos.quotes.Pricing;
import com.salesos.quotes.QuoteProcess;
import com.salesos.quotes.QuoteView;
import com.salesos.security.CurrentActor;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.Workflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A rep's new quote: pick the account, add catalog lines (SKU, quantity, discount), the SKU found with the product
 * picker (name or SKU, today's price); as they type, htmx posts the
 * form to the preview, which prices the lines from today's price list and evaluates the {@code pricing-guardrails}
 * decision with the facts the quote process gives it, showing the totals and the approval the discount needs.
 * Submitting creates the quote and starts its process. Form rows are {@code sku-i}, {@code quantity-i},
 * {@code discount-i}; blank rows are left out, and errors name the row ({@code items[i].quantity}).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NewQuoteController {

    static final String GUARDRAILS = "pricing-guardrails";
    private static final int FIRST_ROWS = 3;
    private static final int MAX_ROWS = 50;
    private static final int ACCOUNT_CHOICES = 200;
    private static final int PRODUCT_CHOICES = 8;
    private static final Pattern ITEM = Pattern.compile("^items\\[(\\d+)]");
    private static final Pattern ROW_FIELD = Pattern.compile("^(sku|quantity|discount)-(\\d{1,2})$");

    private final CurrentActor currentActor;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final Pricing pricing;
    private final QuoteProcess quoteProcess;
    private final Workflow workflow;
    private final Clock clock;
    private final String currency;

    NewQuoteController(CurrentActor currentActor, AccountService accounts, CatalogService catalog, Pricing pricing,
            QuoteProcess quoteProcess, Workflow workflow, Clock clock,
            @Value("${salesos.default-currency:EUR}") String currency) {
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.catalog = catalog;
        this.pricing = pricing;
        this.quoteProcess = quoteProcess;
        this.workflow = workflow;
        this.clock = clock;
        this.currency = currency;
    }

    @GetMapping("/quotes/new")
    ModelAndView form(@RequestParam(required = false) String q, @RequestParam(required = false) UUID accountId) {
        return page(accountId == null ? Map.of() : Map.of("accountId", accountId.toString()), FIRST_ROWS, q,
                HttpStatus.OK);
    }

    /** A product the picker offers: active, with today's standard-list price in the quote's currency (or null). */
    record ProductChoice(String sku, String name, String category, String unit, Money price) {
    }

    /** The product picker's answer for what the rep typed (an htmx fragment): matches on name or SKU. */
    @GetMapping("/quotes/new/products")
    ModelAndView products(@RequestParam(name = "product", required = false) String q) {
        ModelAndView fragment = new ModelAndView("web/quote-new :: products");
        if (q == null || q.isBlank()) {
            return fragment;
        }
        fragment.addObject("product", q.strip());
        fragment.addObject("choices", catalog.list(null, q.strip(), PageRequest.of(0, PRODUCT_CHOICES)).items().stream()
                .filter(p -> p.active())
                .map(p -> new ProductChoice(p.sku(), p.name(), p.category(), p.unit(), p.prices().stream()
                        .filter(price -> price.listName().equals(CatalogService.STANDARD_LIST)
                                && price.unitPrice().currency().equals(currency))
                        .map(PriceView::unitPrice).findFirst().orElse(null)))
                .toList());
        return fragment;
    }

    /** The totals and the guardrails' answer for the lines typed so far (an htmx fragment; 400 with the errors). */
    @PostMapping("/quotes/new/preview")
    ModelAndView preview(@RequestParam Map<String, String> fields) {
        ModelAndView fragment = new ModelAndView("web/quote-new :: preview");
        Form form = Form.read(fields);
        if (form.lines().isEmpty() && form.errors().isEmpty()) {
            return fragment;
        }
        try {
            form.check();
            PricedLines priced = form.remap(() -> pricing.price(currency, LocalDate.now(clock), form.lines(), "items"));
            fragment.addObject("priced", priced);
            AccountView account = form.accountId() == null ? null : accounts.find(form.accountId()).orElse(null);
            if (account == null) {
                fragment.addObject("guardrailNote", "Pick the account to see whether the discount needs approval.");
            } else {
                guardrails(account, priced, fragment);
            }
        } catch (InvalidFieldException e) {
            fragment.setStatus(HttpStatus.BAD_REQUEST);
            fragment.addObject("errors", e.errors());
        }
        return fragment;
    }

    /** Creates the quote and starts its process; "Add a line" shows the form again with one more row. */
    @PostMapping("/quotes/new")
    ModelAndView create(@RequestParam Map<String, String> fields) {
        int rows = Math.min(MAX_ROWS, Form.rows(fields) + ("add-line".equals(fields.get("action")) ? 1 : 0));
        if ("add-line".equals(fields.get("action"))) {
            return page(fields, rows, null, HttpStatus.OK);
        }
        Form form = Form.read(fields);
        try {
            UUID repId = currentActor.get().repId();
            List<FieldError> errors = new ArrayList<>(form.errors());
            if (repId == null) {
                errors.add(new FieldError("repId", "only a sales rep creates quotes here (use the API to quote for a rep)"));
            }
            if (form.accountId() == null) {
                errors.add(new FieldError("accountId", "pick an account"));
            }
            if (form.lines().isEmpty() && form.errors().isEmpty()) {
                errors.add(new FieldError("items", "must hold at least one line"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidFieldException(errors);
            }
            QuoteView quote = form.remap(() -> quoteProcess.createAndStart(
                    new NewQuote(repId, form.accountId(), null, null, form.lines())));
            return new ModelAndView("redirect:/quotes/" + quote.id());
        } catch (InvalidFieldException e) {
            ModelAndView page = page(fields, rows, null, HttpStatus.BAD_REQUEST);
            page.addObject("errors", e.errors());
            return page;
        }
    }

    private void guardrails(AccountView account, PricedLines priced, ModelAndView fragment) {
        DecisionResult result = workflow.evaluateDecision(GUARDRAILS, GuardrailFacts.of(account, priced));
        if (result.value() instanceof Map<?, ?> outputs && outputs.get("approvalLevel") != null) {
            fragment.addObject("approvalLevel", ApprovalLevel.valueOf(outputs.get("approvalLevel").toString()));
            Object max = outputs.get("maxDiscountPercent");
            fragment.addObject("maxDiscountPercent", max == null ? null : new BigDecimal(max.toString()));
            fragment.addObject("decisionVersion", result.version());
        } else {
            fragment.addObject("guardrailNote", "The guardrails gave no approval level for these lines.");
        }
    }

    private ModelAndView page(Map<String, String> fields, int rows, String q, HttpStatus status) {
        ModelAndView page = new ModelAndView("web/quote-new", status);
        page.addObject("fields", fields);
        page.addObject("rows", rows);
        page.addObject("q", q);
        page.addObject("isRep", currentActor.get().repId() != null);
        page.addObject("currency", currency);
        String accountId = fields.get("accountId");
        page.addObject("accountId", accountId == null || accountId.isBlank() ? null : accountId);
        List<AccountView> choices = new ArrayList<>(accounts.list(new AccountFilter(null, null, null,
                q == null || q.isBlank() ? null : q.strip()), PageRequest.of(0, ACCOUNT_CHOICES)).items());
        // the account asked for stays offered (and selected) even where it is not among the first choices
        chosen(accountId).filter(a -> choices.stream().noneMatch(c -> c.id().equals(a.id())))
                .ifPresent(a -> choices.add(0, a));
        page.addObject("accounts", choices);
        return page;
    }

    private Optional<AccountView> chosen(String accountId) {
        try {
            return accountId == null || accountId.isBlank() ? Optional.empty()
                    : accounts.find(UUID.fromString(accountId.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The posted form: the account and the non-blank rows as lines, with the row each line came from, and the rows'
     * own errors (a quantity or discount that is not a number).
     */
    private record Form(UUID accountId, List<LineRequest> lines, List<Integer> rowOf, List<FieldError> errors) {

        static int rows(Map<String, String> fields) {
            int rows = FIRST_ROWS;
            for (String name : fields.keySet()) {
                Matcher m = ROW_FIELD.matcher(name);
                if (m.matches()) {
                    rows = Math.max(rows, Integer.parseInt(m.group(2)) + 1);
                }
            }
            return Math.min(rows, MAX_ROWS);
        }

        static Form read(Map<String, String> fields) {
            List<FieldError> errors = new ArrayList<>();
            UUID accountId = null;
            String account = fields.getOrDefault("accountId", "").strip();
            if (!account.isEmpty()) {
                try {
                    accountId = UUID.fromString(account);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("accountId", "is not a known account"));
                }
            }
            List<LineRequest> lines = new ArrayList<>();
            List<Integer> rowOf = new ArrayList<>();
            for (int i = 0; i < rows(fields); i++) {
                String sku = fields.getOrDefault("sku-" + i, "").strip();
                String quantity = fields.getOrDefault("quantity-" + i, "").strip();
                String discount = fields.getOrDefault("discount-" + i, "").strip();
                if (sku.isEmpty() && quantity.isEmpty() && discount.isEmpty()) {
                    continue;
                }
                Integer q = null;
                BigDecimal d = null;
                try {
                    q = Integer.valueOf(quantity);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("items[" + i + "].quantity", "must be a whole number"));
                }
                if (!discount.isEmpty()) {
                    try {
                        d = new BigDecimal(discount);
                    } catch (NumberFormatException e) {
                        errors.add(new FieldError("items[" + i + "].discountPercent", "must be a number"));
                    }
                }
                lines.add(new LineRequest(sku.isEmpty() ? null : sku, q, d));
                rowOf.add(i);
            }
            return new Form(accountId, lines, rowOf, errors);
        }

        void check() {
            if (!errors.isEmpty()) {
                throw new InvalidFieldException(errors);
            }
        }

        /** Runs {@code work}, renaming {@code items[j]} in its errors to the form row line j came from. */
        <T> T remap(java.util.function.Supplier<T> work) {
            try {
                return work.get();
            } catch (InvalidFieldException e) {
                List<FieldError> renamed = new ArrayList<>(errors);
                for (FieldError error : e.errors()) {
                    Matcher m = ITEM.matcher(error.field());
                    String field = m.find() && Integer.parseInt(m.group(1)) < rowOf.size()
                            ? "items[" + rowOf.get(Integer.parseInt(m.group(1))) + "]" + error.field().substring(m.end())
                            : error.field();
                    renamed.add(new FieldError(field, error.message()));
                }
                throw new InvalidFieldException(renamed);
            }
        }
    }
}
