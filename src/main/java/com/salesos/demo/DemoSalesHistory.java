package com.salesos.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.ProductView;
import com.salesos.commissions.CommissionDecision;
import com.salesos.commissions.CommissionService;
import com.salesos.kpi.KpiService;
import com.salesos.orders.OrderService;
import com.salesos.quotes.ApprovalLevel;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteView;
import com.salesos.reps.RepFilter;
import com.salesos.reps.RepRole;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A quarter of quotes, orders, commissions and monthly KPI snapshots for every field rep, drawn from a seeded random:
 * quotes in every status, orders at every stage (the older ones paid, with commissions from a simple rate table until
 * the commission decision runs them) and a snapshot per rep and month. Records go through the features' services;
 * only their timestamps are moved into the past afterwards (activity entries keep the load time).
 */
@Component
class DemoSalesHistory implements DemoStep {

    static final String TEAM_MAIL = "@isar-getraenke.example";
    static final String ACCOUNT_MAIL = "@kunde.example";
    static final int DAYS = 90;
    static final int QUOTES_PER_REP = 14;
    /** What each quote of a rep becomes, in turn; ORDERED quotes are accepted and ordered. */
    private static final String[] FATES = { "ORDERED", "REJECTED", "ORDERED", "EXPIRED", "ORDERED", "WITHDRAWN",
            "SENT", "ORDERED", "PENDING_APPROVAL", "APPROVED", "DRAFT", "ORDERED", "REFUSED", "ORDERED" };
    private static final BigDecimal[] DISCOUNTS = { BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("8"),
            new BigDecimal("12"), new BigDecimal("18"), new BigDecimal("30"), new BigDecimal("45") };

    private final RepService reps;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final QuoteService quotes;
    private final OrderService orders;
    private final CommissionService commissions;
    private final KpiService kpis;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoSalesHistory(RepService reps, AccountService accounts, CatalogService catalog, QuoteService quotes,
            OrderService orders, CommissionService commissions, KpiService kpis, JdbcTemplate jdbc, Clock clock) {
        this.reps = reps;
        this.accounts = accounts;
        this.catalog = catalog;
        this.quotes = quotes;
        this.orders = orders;
        this.commissions = commissions;
        this.kpis = kpis;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "sales-history";
    }

    @Override
    public int getOrder() {
        return 1100;
    }

    @Override
    public void load() {
        List<Runnable> backdates = new ArrayList<>();
        asDemo(() -> {
            Random random = new Random(2026);
            // only the demo team, accounts and catalog, whatever else the database holds
            List<RepView> field = reps.list(new RepFilter(null, null, TEAM_MAIL), PageRequest.of(0, 200)).items()
                    .stream().filter(r -> r.role() != RepRole.MANAGER).sorted(Comparator.comparing(RepView::email))
                    .toList();
            List<AccountView> customers = accounts.list(new AccountFilter(null, null, null, ACCOUNT_MAIL),
                    PageRequest.of(0, 200, org.springframework.data.domain.Sort.by("id"))).items().stream()
                    .sorted(Comparator.comparing(AccountView::email)).toList();
            List<ProductView> products = java.util.Arrays.stream(DemoCatalog.PRODUCTS)
                    .map(p -> catalog.findBySku(p[0]).orElseThrow()).toList();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (RepView rep : field) {
                for (int i = 0; i < QUOTES_PER_REP; i++) {
                    Instant created = now.minus(Duration.ofDays(DAYS - i * (DAYS / QUOTES_PER_REP) - random.nextInt(5)))
                            .minus(Duration.ofMinutes(random.nextInt(600)));
                    AccountView account = customers.get(random.nextInt(customers.size()));
                    quote(rep, account, lines(products, random, FATES[i]), FATES[i], created, now, random, backdates);
                }
            }
            // after the services are done with the records, so no later save writes "now" over the past
            backdates.forEach(Runnable::run);
            for (RepView rep : field) {
                for (int m = 3; m >= 0; m--) {
                    YearMonth month = YearMonth.now(clock).minusMonths(m);
                    kpis.snapshot(rep.id(), month.atDay(1), month.atEndOfMonth());
                }
            }
            return null;
        });
    }

    private void quote(RepView rep, AccountView account, List<LineRequest> lines, String fate, Instant created,
            Instant now, Random random, List<Runnable> backdates) {
        QuoteView quote = quotes.create(new NewQuote(rep.id(), account.id(), "EUR", null, lines));
        backdates.add(backdate("sales_quote", quote.id(), created));
        backdates.add(() -> jdbc.update("update sales_quote set valid_until = ? where id = ?",
                java.sql.Date.valueOf(created.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(30)), quote.id()));
        if (fate.equals("DRAFT")) {
            return;
        }
        BigDecimal discount = quote.discountPercent();
        ApprovalLevel level = fate.equals("REFUSED") ? ApprovalLevel.REFUSED
                : fate.equals("PENDING_APPROVAL") ? ApprovalLevel.MANAGER
                        : discount.compareTo(BigDecimal.TEN) <= 0 ? ApprovalLevel.NONE : ApprovalLevel.MANAGER;
        quotes.submitForApproval(quote.id(), level, level == ApprovalLevel.NONE ? BigDecimal.TEN : new BigDecimal("25"));
        if (level == ApprovalLevel.MANAGER && !fate.equals("PENDING_APPROVAL")) {
            quotes.approve(quote.id(), "manager1", "Fine for a regular customer");
        }
        switch (fate) {
            case "SENT", "REJECTED", "EXPIRED", "ORDERED" -> quotes.markSent(quote.id());
            case "WITHDRAWN" -> quotes.withdraw(quote.id());
            default -> {
                return;
            }
        }
        switch (fate) {
            case "REJECTED" -> quotes.reject(quote.id());
            case "EXPIRED" -> quotes.expire(quote.id());
            case "ORDERED" -> order(rep, quotes.accept(quote.id()), created.plus(Duration.ofDays(2)), now, random,
                    backdates);
            default -> {
            }
        }
    }

    /** Older orders are paid (with a commission), younger ones invoiced, confirmed or still holding stock. */
    private void order(RepView rep, QuoteView quote, Instant created, Instant now, Random random,
            List<Runnable> backdates) {
        UUID order = orders.createFromQuote(quote.id()).id();
        backdates.add(backdate("sales_order", order, created));
        long age = Duration.between(created, now).toDays();
        orders.reserveStock(order);
        if (age < 5) {
            return;
        }
        orders.confirm(order);
        if (age < 12) {
            return;
        }
        orders.requestInvoice(order);
        if (age < 30) {
            return;
        }
        Instant paid = created.plus(Duration.ofDays(14 + random.nextInt(12)));
        orders.markPaid(order, paid);
        boolean field = rep.role() == RepRole.FIELD;
        commissions.record(order, new CommissionDecision("demo-rate-table", "1",
                new BigDecimal(field ? "0.04" : "0.025"), BigDecimal.ONE,
                List.of(field ? "demo_field_existing_customer" : "demo_inside_existing_customer"),
                Map.of("repRole", rep.role().name(), "note", "demo data: flat rate table, not the DMN decision")));
        backdates.add(() -> jdbc.update("update sales_commission set created_at = ?, updated_at = ? where order_id = ?",
                Timestamp.from(paid), Timestamp.from(paid), order));
    }

    private static List<LineRequest> lines(List<ProductView> products, Random random, String fate) {
        List<LineRequest> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            ProductView product = products.get(random.nextInt(products.size()));
            boolean bulky = product.category().equals("EQUIPMENT") || product.category().equals("MERCHANDISE");
            BigDecimal discount = fate.equals("REFUSED") ? DISCOUNTS[6]
                    : fate.equals("PENDING_APPROVAL") ? DISCOUNTS[4] : DISCOUNTS[random.nextInt(4)];
            lines.add(new LineRequest(product.sku(), bulky ? 1 + random.nextInt(2) : 5 + random.nextInt(36), discount));
        }
        return lines;
    }

    /** The services stamp "now"; history needs the past, and only the demo ever rewrites these columns. */
    private Runnable backdate(String table, UUID id, Instant at) {
        return () -> jdbc.update("update " + table + " set created_at = ?, updated_at = ? where id = ?",
                Timestamp.from(at), Timestamp.from(at), id);
    }

    /** Runs as a sales-ops person named "demo", who may act for every rep. */
    static <T> T asDemo(Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
                List.of(new SimpleGrantedAuthority("ROLE_SALES_OPS"))));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
