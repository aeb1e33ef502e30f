package com.salesos.catalog;

import static com.salesos.ApiFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.salesos.ApiFixtures;
import com.salesos.platform.InvalidFieldException;
import com.salesos.security.ApiKeyService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class ProductApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;

    String ops;
    String rep;

    @BeforeEach
    void people() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
        rep = ApiFixtures.user(users, null, Role.REP);
    }

    MockHttpServletRequestBuilder create(String user, String body) {
        return post("/api/v1/products").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    static String product(String sku, String category) {
        return """
                {"sku": "%s", "name": "Cola 0.5l", "category": "%s", "unit": "crate",
                 "unitCost": {"amount": 6.10, "currency": "EUR"}, "price": {"amount": 11.90, "currency": "EUR"}}"""
                .formatted(sku, category);
    }

    @Test
    void opsCreatesProductWithPriceAndListsShowTodaysPrice() throws Exception {
        String sku = ApiFixtures.unique("SKU-");
        String category = ApiFixtures.unique("drinks-");
        String id = ApiFixtures.id(mvc.perform(create(ops, product(sku, category))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.prices[0].unitPrice.amount").value(11.90))
                .andExpect(jsonPath("$.prices[0].listName").value("STANDARD"))
                .andExpect(jsonPath("$.unitCost.amount").value(6.10)));
        mvc.perform(create(ops, product(ApiFixtures.unique("SKU-"), category))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/products/" + id).with(httpBasic(rep, PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value(sku)).andExpect(jsonPath("$.active").value(true));
        mvc.perform(get("/api/v1/products").param("category", category).with(httpBasic(rep, PASSWORD)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].prices[0].unitPrice.currency").value("EUR"));
        mvc.perform(get("/api/v1/products").param("q", sku.toLowerCase()).with(httpBasic(rep, PASSWORD)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void currentPriceFollowsValidityPeriodsAndRefusesOverlaps() {
        String sku = ApiFixtures.unique("P-");
        catalog.create(new NewProduct(sku, "Chips", "snacks", null, null, null,
                new NewPrice(new BigDecimal("2.00"), "EUR", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), null)));
        catalog.addPrice(sku, new NewPrice(new BigDecimal("2.20"), "EUR", LocalDate.of(2025, 7, 1), null, null));

        assertThat(catalog.currentPrice(sku, "EUR", LocalDate.of(2025, 6, 30))).hasValueSatisfying(p ->
                assertThat(p.unitPrice().amount()).isEqualByComparingTo("2.00"));
        assertThat(catalog.currentPrice(sku, "EUR", LocalDate.of(2025, 7, 1))).hasValueSatisfying(p ->
                assertThat(p.unitPrice().amount()).isEqualByComparingTo("2.20"));
        assertThat(catalog.currentPrice(sku, "EUR", LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(catalog.currentPrice(sku, "CHF", LocalDate.of(2025, 7, 1))).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.addPrice(sku,
                new NewPrice(new BigDecimal("2.10"), "EUR", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 15), null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e ->
                        assertThat(e.errors().get(0).field()).isEqualTo("validFrom"));
        catalog.addPrice(sku, new NewPrice(new BigDecimal("1.80"), "EUR", LocalDate.of(2025, 6, 1), null, "PARTNER"));
    }

    @Test
    void namesEachInvalidField() throws Exception {
        mvc.perform(create(ops, "{\"sku\": \"has space\", \"price\": {\"amount\": -1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'sku')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'category')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'price.amount')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'price.currency')]").exists());
        String sku = ApiFixtures.unique("V-");
        mvc.perform(create(ops, product(sku, "x").replace("\"currency\": \"EUR\"}}", "\"currency\": \"EURO\"}}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("price.currency"));
        assertThat(catalog.findBySku(sku)).as("nothing half-written").isEmpty();
        mvc.perform(create(ops, product(sku, "x"))).andExpect(status().isCreated());
        mvc.perform(create(ops, product(sku, "x"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sku"));
    }

    @Test
    void unknownProductIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/products/" + UUID.randomUUID()).with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyOpsAdminsAndTheCatalogScopeCreateProducts() throws Exception {
        mvc.perform(create(rep, product(ApiFixtures.unique("R-"), "x"))).andExpect(status().isForbidden());
        String crmKey = apiKeys.issue(ApiFixtures.unique("crm-"), Set.of("crm"));
        mvc.perform(post("/api/v1/products").header("X-API-Key", crmKey).contentType(MediaType.APPLICATION_JSON)
                .content(product(ApiFixtures.unique("K-"), "x"))).andExpect(status().isForbidden());
        String catalogKey = apiKeys.issue(ApiFixtures.unique("erp-"), Set.of("catalog"));
        mvc.perform(post("/api/v1/products").header("X-API-Key", catalogKey).contentType(MediaType.APPLICATION_JSON)
                .content(product(ApiFixtures.unique("K-"), "x"))).andExpect(status().isCreated());
        String admin = ApiFixtures.user(users, null, Role.ADMIN);
        mvc.perform(create(admin, product(ApiFixtures.unique("A-"), "x"))).andExpect(status().isCreated());
    }

    @Test
    void retryWithSameIdempotencyKeyCreatesOnce() throws Exception {
        String sku = ApiFixtures.unique("I-");
        String key = UUID.randomUUID().toString();
        String first = ApiFixtures.id(mvc.perform(create(ops, product(sku, "x")).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        String second = ApiFixtures.id(mvc.perform(create(ops, product(sku, "x")).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from price_list_entry e join product p on p.id = e.product_id"
                + " where p.sku = ?", Long.class, sku)).isOne();
    }
}
