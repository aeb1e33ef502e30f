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

    SalesFixtures(RepService reps, AccountService accounts, CatalogService catalog, StockService stock,
            UserService users) {
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

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
