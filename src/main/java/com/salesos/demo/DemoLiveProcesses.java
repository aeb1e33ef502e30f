package com.salesos.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountView;
import com.salesos.orders.InvoiceRequested;
import com.salesos.orders.OrderService;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.QuoteProcess;
import com.salesos.quotes.QuoteView;
import com.salesos.reps.RepFilter;
import com.salesos.reps.RepRole;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.workflow.Message;
import com.salesos.workflow.Workflow;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Quotes that run in the quote-to-commission process on a fresh start, so the process views have something in every
 * state: per field rep one waiting for the manager's approval, one sent and waiting for the customer, one accepted
 * and waiting for payment, and one that the demo pays as soon as its invoice is requested (completed with its
 * commission); the first rep also has one waiting for the director level. All for STANDARD-tier customers, where
 * the shipped guardrails ask the manager above 10 % and the director level above 25 %. The customers' answers are buffered
 * messages, so the processes move on by themselves after the demo transaction commits.
 */
@Component
class DemoLiveProcesses implements DemoStep {

    private static final Duration ANSWER_BUFFER = Duration.ofDays(1);
    private static final String[] SKUS = { DemoCatalog.PRODUCTS[0][0], DemoCatalog.PRODUCTS[1][0] };

    private final RepService reps;
    private final AccountService accounts;
    private final QuoteProcess quotes;
    private final OrderService orders;
    private final Workflow workflow;
    private final JdbcTemplate jdbc;

    DemoLiveProcesses(RepService reps, AccountService accounts, QuoteProcess quotes, OrderService orders,
            Workflow workflow, JdbcTemplate jdbc) {
        this.reps = reps;
        this.accounts = accounts;
        this.quotes = quotes;
        this.orders = orders;
        this.workflow = workflow;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "live-processes";
    }

    @Override
    public int getOrder() {
        return 1300;
    }

    @Override
    public void load() {
        DemoSalesHistory.asDemo(() -> {
            List<RepView> field = reps.list(new RepFilter(null, null, DemoSalesHistory.TEAM_MAIL),
                    PageRequest.of(0, 200)).items().stream().filter(r -> r.role() != RepRole.MANAGER)
                    .sorted(Comparator.comparing(RepView::email)).toList();
            List<AccountView> customers = accounts.list(new AccountFilter(null, null, null,
                    DemoSalesHistory.ACCOUNT_MAIL), PageRequest.of(0, 200,
                            org.springframework.data.domain.Sort.by("id"))).items().stream()
                    .filter(a -> a.tier() == AccountTier.STANDARD) // the shipped guardrails' bands, as the README says
                    .sorted(Comparator.comparing(AccountView::email)).toList();
            int next = 0;
            for (RepView rep : field) {
                quote(rep, customers.get(next++ % customers.size()), "15"); // the manager decides
                quote(rep, customers.get(next++ % customers.size()), "4"); // sent, the customer has not answered
                accept(quote(rep, customers.get(next++ % customers.size()), "5")); // waits for payment
                QuoteView paid = quote(rep, customers.get(next++ % customers.size()), "0");
                accept(paid);
                jdbc.update("insert into demo_payment (quote_id) values (?)", paid.id());
            }
            if (!field.isEmpty()) {
                quote(field.get(0), customers.get(next % customers.size()), "30"); // the director level decides
            }
            return null;
        });
    }

    /** The finance system's answer for the demo's paid quotes: the invoice is paid once it is requested. */
    @ApplicationModuleListener
    void on(InvoiceRequested requested) {
        orders.find(requested.orderId()).map(o -> o.quoteId()).filter(quoteId -> quoteId != null && jdbc
                .queryForObject("select count(*) from demo_payment where quote_id = ?", Integer.class, quoteId) > 0)
                .ifPresent(quoteId -> workflow.publish(new Message("InvoicePaid", requested.orderId().toString(),
                        Map.of(), ANSWER_BUFFER, "demo-paid:" + requested.orderId())));
    }

    private QuoteView quote(RepView rep, AccountView account, String discountPercent) {
        BigDecimal discount = new BigDecimal(discountPercent);
        return quotes.createAndStart(new NewQuote(rep.id(), account.id(), "EUR", null, List.of(
                new LineRequest(SKUS[0], 24, discount), new LineRequest(SKUS[1], 12, discount))));
    }

    private void accept(QuoteView quote) {
        workflow.publish(new Message("QuoteAccepted", quote.id().toString(), Map.of(), ANSWER_BUFFER,
                "demo-accepted:" + quote.id()));
    }
}
