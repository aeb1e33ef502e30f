package com.salesos.web;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountTier;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.Potential;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.NewPrice;
import com.salesos.catalog.NewProduct;
import com.salesos.security.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The rep's new-quote form: live totals and the guardrails' warning, creating the quote, errors, CSRF, escaping. */
@SalesOsTest
class NewQuotePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogService catalog;

    SalesFixtures.Team team;
    UUID account;
    String accountName;
    String water;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        accountName = "<b>Kiosk</b> " + SalesFixtures.unique("");
        account = accounts.create(new NewAccount(accountName, AccountType.STAND, AccountTier.STANDARD, null, null, null,
                null, null, null, null, null, null, null, Potential.MEDIUM, null, null)).id();
        water = fixtures.product("BEVERAGES", "7.90", "4.35", 500);
    }

    @Test
    void theFormListsTheAccountsEscapedAndIsLinkedFromTheQuotes() throws Exception {
        String html = mvc.perform(get("/quotes/new").param("q", accountName).with(as(team.rep())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(html);

        assertThat(form.select("select[name=accountId] option[value=" + account + "]").text()).isEqualTo(accountName);
        assertThat(html).doesNotContain("<b>Kiosk</b>").contains("&lt;b&gt;Kiosk&lt;/b&gt;");
        assertThat(form.select("form#new-quote").attr("hx-post")).isEqualTo("/quotes/new/preview");
        assertThat(form.select("input[name=_csrf]")).isNotEmpty();
        assertThat(page(get("/quotes").with(as(team.rep()))).select("a#new-quote-link").attr("href"))
                .isEqualTo("/quotes/new");
    }

    @Test
    void theAccountAskedForIsOfferedAndSelectedEvenWhenTheSearchFindsOthers() throws Exception {
        Document form = page(get("/quotes/new").param("q", SalesFixtures.unique("nobody-"))
                .param("accountId", account.toString()).with(as(team.rep())));
        assertThat(form.select("select[name=accountId] option[value=" + account + "]").attr("selected"))
                .isEqualTo("selected");
        assertThat(form.select("select[name=accountId] option[value=" + account + "]").text()).isEqualTo(accountName);
    }

    @Test
    void theProductPickerFindsProductsByNameOrSkuWithTodaysPriceEscaped() throws Exception {
        String word = SalesFixtures.unique("Sprudel");
        String sku = SalesFixtures.unique("PICK-").toUpperCase();
        catalog.create(new NewProduct(sku, "<i>" + word + "</i> still 0.5 l", "BEVERAGES", "bottle", true, null,
                new NewPrice(new BigDecimal("1.25"), "EUR", null, null, null)));
        assertThat(page(get("/quotes/new").with(as(team.rep()))).select(".picker input[name=product]").attr("hx-get"))
                .isEqualTo("/quotes/new/products");

        for (String typed : List.of(word.toLowerCase(), sku.substring(2).toLowerCase())) {
            String html = mvc.perform(get("/quotes/new/products").param("product", typed).with(as(team.rep())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document found = Jsoup.parse(html);
            assertThat(found.select("button.pick").eachAttr("data-sku")).containsExactly(sku);
            assertThat(found.select("button.pick .price").text()).isEqualTo("1.25 EUR / bottle");
            assertThat(found.select("button.pick .name").text()).isEqualTo("<i>" + word + "</i> still 0.5 l");
            assertThat(html).doesNotContain("<i>" + word);
        }
        assertThat(page(get("/quotes/new/products").param("product", "<nothing " + word + ">")
                .with(as(team.rep()))).select("p.info").text()).contains("No product matches", "<nothing ");
        assertThat(page(get("/quotes/new/products").param("product", " ").with(as(team.rep()))).text()).isEmpty();
    }

    @Test
    void thePreviewPricesTheLinesAndSaysWhichApprovalTheDiscountNeeds() throws Exception {
        Document small = preview("5").andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .transform(Jsoup::parse);
        assertThat(small.select("td.subtotal").text()).isEqualTo("79.00 EUR");
        assertThat(small.select("td.discount").text()).isEqualTo("3.95 EUR");
        assertThat(small.select("td.total").text()).isEqualTo("75.05 EUR");
        assertThat(small.select("#guardrails").attr("data-level")).isEqualTo("NONE");

        Document large = Jsoup.parse(preview("15").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(large.select("td.total").text()).isEqualTo("67.15 EUR");
        assertThat(large.select("#guardrails").attr("data-level")).isEqualTo("MANAGER");
        assertThat(large.select("#guardrails").text()).contains("manager's approval");

        Document bad = Jsoup.parse(mvc.perform(post("/quotes/new/preview").param("accountId", account.toString())
                        .param("sku-0", water).param("quantity-0", "10").param("sku-2", "NO-SUCH-SKU")
                        .param("quantity-2", "1").with(as(team.rep())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(bad.select("#preview-errors li").eachAttr("data-field")).containsExactly("items[2].sku");
    }

    @Test
    void submittingCreatesTheQuoteStartsItsProcessAndOpensIt() throws Exception {
        String location = mvc.perform(post("/quotes/new").param("accountId", account.toString()).param("sku-0", water)
                        .param("quantity-0", "10").param("discount-0", "15").param("action", "create")
                        .with(as(team.rep())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/quotes/[0-9a-f-]{36}");
        String id = location.substring("/quotes/".length());
        JsonNode quote = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> json.readTree(mvc.perform(get("/api/v1/quotes/" + id)
                                .with(httpBasic(team.ops(), PASSWORD))).andReturn().getResponse().getContentAsString()),
                        q -> q.path("status").asText().equals("PENDING_APPROVAL"));
        assertThat(quote.path("repId").asText()).isEqualTo(team.repId().toString());
        assertThat(quote.path("accountId").asText()).isEqualTo(account.toString());
        assertThat(quote.path("total").path("amount").decimalValue()).isEqualByComparingTo("67.15");
        assertThat(quote.path("processInstanceKey").isNumber()).isTrue();
        assertThat(page(get(location).with(as(team.rep()))).select("h1, h2").text()).contains(quote.path("number")
                .asText());
    }

    @Test
    void badLinesComeBackAsTheFormWithTheErrorsAndWriteNothing() throws Exception {
        String hostile = "<b>x</b>";
        Integer before = quotesOf(team.repId());
        String html = mvc.perform(post("/quotes/new").param("accountId", account.toString()).param("sku-0", water)
                        .param("quantity-0", "1.5").param("sku-1", hostile).param("quantity-1", "2")
                        .param("action", "create").with(as(team.rep())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("#form-errors li").eachAttr("data-field")).contains("items[0].quantity");
        assertThat(page.select("input[name=quantity-0]").val()).isEqualTo("1.5");
        assertThat(page.select("input[name=sku-1]").val()).isEqualTo(hostile);
        assertThat(html).doesNotContain(hostile);

        Document unknown = Jsoup.parse(mvc.perform(post("/quotes/new").param("accountId", account.toString())
                        .param("sku-1", "NO-SUCH-SKU").param("quantity-1", "2").param("action", "create")
                        .with(as(team.rep())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(unknown.select("#form-errors li").eachAttr("data-field")).containsExactly("items[1].sku");
        mvc.perform(post("/quotes/new").param("sku-0", water).param("quantity-0", "2").param("action", "create")
                .with(as(team.rep())).with(csrf())).andExpect(status().isBadRequest());
        assertThat(quotesOf(team.repId())).isEqualTo(before);
    }

    @Test
    void addALineShowsTheFormWithOneMoreRowKeepingWhatWasTyped() throws Exception {
        Document page = page(post("/quotes/new").param("accountId", account.toString()).param("sku-0", water)
                .param("quantity-0", "3").param("action", "add-line").with(as(team.rep())).with(csrf()));

        assertThat(page.select("tr[data-row]")).hasSize(4);
        assertThat(page.select("input[name=sku-0]").val()).isEqualTo(water);
        assertThat(page.select("select[name=accountId] option[selected]").val()).isEqualTo(account.toString());
    }

    @Test
    void withoutTheCsrfTokenNothingIsCreatedAndAnonymousIsSentToSignIn() throws Exception {
        Integer before = quotesOf(team.repId());
        mvc.perform(post("/quotes/new").param("accountId", account.toString()).param("sku-0", water)
                .param("quantity-0", "10").param("action", "create").with(as(team.rep())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/quotes/new/preview").param("sku-0", water).param("quantity-0", "10")
                .with(as(team.rep()))).andExpect(status().isForbidden());
        assertThat(quotesOf(team.repId())).isEqualTo(before);
        mvc.perform(get("/quotes/new")).andExpect(status().is3xxRedirection());
    }

    @Test
    void salesOpsWhoAreNoRepAreToldToUseTheApi() throws Exception {
        Document page = page(get("/quotes/new").with(as(team.ops())));
        assertThat(page.select("[role=alert]").text()).contains("sales reps");
        mvc.perform(post("/quotes/new").param("accountId", account.toString()).param("sku-0", water)
                .param("quantity-0", "10").param("action", "create").with(as(team.ops())).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private ResultActions preview(String discount) throws Exception {
        return mvc.perform(post("/quotes/new/preview").param("accountId", account.toString()).param("sku-0", water)
                .param("quantity-0", "10").param("discount-0", discount).with(as(team.rep())).with(csrf()));
    }

    private Integer quotesOf(UUID repId) {
        return jdbc.queryForObject("select count(*) from sales_quote where rep_id = ?", Integer.class, repId);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
