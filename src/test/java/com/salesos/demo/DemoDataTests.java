package com.salesos.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.StockService;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.security.TeamDirectory;
import com.salesos.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DemoDataTests {

    @Autowired
    DemoData demoData;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TerritoryService territories;
    @Autowired
    AccountService accounts;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    TeamDirectory teams;
    @Autowired
    CatalogService catalog;
    @Autowired
    StockService stock;
    @Autowired
    java.time.Clock clock;
    @Value("${salesos.demo-data}")
    boolean demoDataOnStart;

    @Test
    void loadsTheDemoDatasetOnceAndItsPeopleCanSignIn() throws Exception {
        assertThat(demoDataOnStart).as("tests never load demo data on start").isFalse();
        demoData.load();

        List<UUID> demoTerritories = jdbc.queryForList(
                "select id from sales_territory where code in ('MUC-N', 'MUC-O', 'MUC-SW')", UUID.class);
        assertThat(demoTerritories).hasSize(3);
        for (UUID territoryId : demoTerritories) {
            PageResponse<AccountView> inside = accounts.list(new AccountFilter(territoryId, null, null, null),
                    PageRequest.of(0, 200));
            assertThat(inside.total()).isEqualTo(DemoAccounts.PER_TERRITORY);
            TerritoryView territory = territories.get(territoryId);
            assertThat(inside.items()).allSatisfy(a -> {
                assertThat(territories.territoryAt(a.location().lat(), a.location().lon())).contains(territory);
                assertThat(a.openingHours().days()).isNotEmpty();
            });
            assertThat(reps.primaryRepOf(territoryId, LocalDate.now(clock))).isPresent();
        }

        UUID manager = users.findByUsername("manager1").orElseThrow().repId();
        assertThat(teams.teamOf(manager)).hasSize(5);
        mvc.perform(get("/api/v1/sales-reps/list").param("status", "ACTIVE").param("q", "isar-getraenke.example")
                        .with(httpBasic("rep1", "salesos")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(6));
        mvc.perform(get("/api/v1/products").param("category", "EQUIPMENT").with(httpBasic("ops1", "salesos")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].prices[0].unitPrice.currency").value("EUR"));
        assertThat(jdbc.queryForObject("select count(*) from product where sku like 'BEV-%' or sku like 'SNK-%'"
                + " or sku like 'COF-%' or sku like 'EQP-%' or sku like 'MRC-%'", Long.class)).isGreaterThanOrEqualTo(30);
        assertThat(catalog.currentPrice("BEV-COLA-24", "EUR", LocalDate.now(clock))).isPresent();
        // on hand: the sales history step reserves some of it for its open orders
        assertThat(stock.stockOf("BEV-COLA-24").stream().mapToInt(s -> s.onHand()).sum()).isEqualTo(900);
        mvc.perform(get("/api/v1/accounts").with(httpBasic("admin", "salesos"))).andExpect(status().isOk());

        long accountsBefore = jdbc.queryForObject("select count(*) from account", Long.class);
        assertThat(demoData.load()).as("a second start loads nothing").isZero();
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isEqualTo(accountsBefore);
    }
}
