package com.salesos;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.Potential;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.NewPrice;
import com.salesos.catalog.NewProduct;
import com.salesos.catalog.StockService;
import com.salesos.platform.Money;
import com.salesos.reps.NewRep;
import com.salesos.reps.RepRole;
import com.salesos.reps.RepService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import com.salesos.orders.OrderService;
import com.salesos.orders.OrderView;
import com.salesos.quotes.ApprovalLevel;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteView;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.ResultActions;

/** Small factories for the deal tests: a team with sign-ins, accounts and priced products nobody else uses. */
@Component
public class SalesFixtures {

    public static final String PASSWORD = "secret-pw";

    /** A manager with two reps, a rep of another team, and a sales-ops person; usernames sign in with PASSWORD. */
    public record Team(UUID managerId, String manager, UUID repId, String rep, UUID teammateId, String teammate,
            UUID outsiderId, String outsider, String ops) {
    }

    private final RepService reps;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final StockService stock;
    private final UserService users;
    private final QuoteService quotes;
    private final OrderService orders;

    SalesFixtures(RepService reps, AccountService accounts, CatalogService catalog, StockService stock,
            UserService users, QuoteService quotes, OrderService orders) {
        this.quotes = quotes;
        this.orders = orders;
        this.reps = reps;
        this.accounts = accounts;
        this.catalog = catalog;
        this.stock = stock;
        this.users = users;
    }

    public Team team() {
        String m = unique("mgr-");
        UUID manager = rep(m, RepRole.MANAGER, null);
        String r = unique("rep-");
        String t = unique("mate-");
        String o = unique("out-");
        String ops = unique("ops-");
        users.create(ops, PASSWORD, ops, Set.of(Role.SALES_OPS), null);
        return new Team(manager, m, rep(r, RepRole.FIELD, manager), r, rep(t, RepRole.INSIDE, manager), t,
                rep(o, RepRole.FIELD, null), o, ops);
    }

    public UUID rep(String username, RepRole role, UUID managerId) {
        return reps.create(new NewRep("Test", username, username + "@example.com", null, role, managerId, null, null,
                null, "Europe/Berlin", null, username, PASSWORD)).id();
    }

    public UUID account(AccountTier tier) {
        return accounts.create(new NewAccount(unique("Kiosk "), AccountType.STAND, tier, null, null, null, null, null,
                null, null, null, null, null, Potential.MEDIUM, null, null)).id();
    }

    /** A product with a EUR list price from today, a EUR unit cost (may be null) and stock in one depot. */
    public String product(String category, String eurPrice, String eurCost, int onHand) {
        String sku = unique("SKU-").toUpperCase();
        catalog.create(new NewProduct(sku, "Product " + sku, category, null, true,
                eurCost == null ? null : Money.of(eurCost, "EUR"),
                new NewPrice(new BigDecimal(eurPrice), "EUR", null, null, null)));
        stock.setStock(sku, "DEPOT-A", onHand);
        return sku;
    }

    /** A quote for the rep that the guardrails let through, sent and accepted by the customer. */
    public QuoteView acceptedQuote(UUID repId, UUID accountId, String sku, int quantity) {
        QuoteView quote = asOps(() -> quotes.create(new NewQuote(repId, accountId, null, null,
                java.util.List.of(new LineRequest(sku, quantity, new BigDecimal("5"))))));
        quotes.submitForApproval(quote.id(), ApprovalLevel.NONE, new BigDecimal("10"));
        quotes.markSent(quote.id());
        return quotes.accept(quote.id());
    }

    /** The order of an accepted quote, taken through stock, confirmation and invoice, paid at {@code paidAt}. */
    public OrderView paidOrder(UUID repId, UUID accountId, String sku, int quantity, java.time.Instant paidAt) {
        UUID order = orders.createFromQuote(acceptedQuote(repId, accountId, sku, quantity).id()).id();
        orders.reserveStock(order);
        orders.confirm(order);
        orders.requestInvoice(order);
        return orders.markPaid(order, paidAt);
    }

    /** Runs service calls that check visibility as a sales-ops person, who sees every rep. */
    public static <T> T asOps(java.util.function.Supplier<T> call) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("fixtures", null, "ROLE_SALES_OPS"));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
