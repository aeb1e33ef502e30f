package com.salesos.orders;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.activity.ActivityLog;
import com.salesos.catalog.StockService;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SalesOsTest
class OrderApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    OrderService orders;
    @Autowired
    QuoteService quotes;
    @Autowired
    StockService stock;
    @Autowired
    ActivityLog activity;

    SalesFixtures.Team team;
    UUID account;
    String sku;

    @BeforeEach
    void setUp() {
        team = fixtures.team();
        account = fixtures.account(AccountTier.GOLD);
        sku = fixtures.product("BEVERAGES", "17.90", "11.00", 100);
    }

    MockHttpServletRequestBuilder order(String user, String body) {
        return post("/api/v1/sales-reps/order").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    String direct(UUID repId, String items) {
        return """
                {"repId": "%s", "accountId": "%s", "items": [%s]}""".formatted(repId, account, items);
    }

    @Test
    void ordersAnAcceptedQuoteOnceAndASecondRequestAnswersTheSameOrder() throws Exception {
        QuoteView quote = fixtures.acceptedQuote(team.repId(), account, sku, 10);
        String body = "{\"quoteId\": \"%s\"}".formatted(quote.id());
        String id = SalesFixtures.id(mvc.perform(order(team.rep(), body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("QUOTE"))
                .andExpect(jsonPath("$.status").value("CREATED"))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("O-\\d{4}-\\d{6}")))
                // 17.90 × 10 = 179.00, 5 % off = 8.95: the quote's price, not a new one
                .andExpect(jsonPath("$.total.amount").value(170.05))
                .andExpect(jsonPath("$.invoiceState").value("NOT_REQUESTED"))
                .andExpect(jsonPath("$.paymentState").value("UNPAID")));
        mvc.perform(order(team.rep(), body)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/quotes/" + quote.id()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.orderId").value(id)).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get("/api/v1/orders?repId=" + team.repId()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
        assertThat(orders.createFromQuote(quote.id()).id()).hasToString(id);
    }

    @Test
    void aQuoteNotYetAcceptedCannotBeOrdered() throws Exception {
        QuoteView draft = SalesFixtures.asOps(() -> quotes.create(new com.salesos.quotes.NewQuote(team.repId(), account,
                null, null, java.util.List.of(new com.salesos.quotes.LineRequest(sku, 1, null)))));
        mvc.perform(order(team.rep(), "{\"quoteId\": \"%s\"}".formatted(draft.id()))).andExpect(status().isConflict());
        mvc.perform(order(team.rep(), "{\"quoteId\": \"%s\"}".formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quoteId"));
        mvc.perform(order(team.rep(), "{\"quoteId\": \"%s\", \"items\": []}".formatted(draft.id())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items"));
    }

    @Test
    void directOrderIsPricedFromTodaysPriceListAndNamesBadFields() throws Exception {
        mvc.perform(order(team.rep(), direct(team.repId(), "{\"sku\": \"%s\", \"quantity\": 3}".formatted(sku))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.source").value("DIRECT"))
                .andExpect(jsonPath("$.total.amount").value(53.70));
        mvc.perform(order(team.rep(), direct(team.repId(), "{\"sku\": \"NOPE\", \"quantity\": 3}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[0].sku"));
        mvc.perform(order(team.rep(), "{\"items\": [{\"sku\": \"%s\", \"quantity\": 1}]}".formatted(sku)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'repId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'accountId')]").exists());
        mvc.perform(order(team.rep(), direct(team.outsiderId(), "{\"sku\": \"%s\", \"quantity\": 3}".formatted(sku))))
                .andExpect(status().isForbidden());
    }

    @Test
    void partnerOrderIsKeptOncePerExternalReference() throws Exception {
        UUID partner = fixtures.account(AccountTier.SILVER);
        String body = """
                {"repId": "%s", "accountId": "%s", "partnerId": "%s", "externalRef": "PO-4711",
                 "items": [{"sku": "%s", "quantity": 2}]}""".formatted(team.repId(), account, partner, sku);
        String id = SalesFixtures.id(mvc.perform(order(team.ops(), body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("PARTNER")));
        mvc.perform(order(team.ops(), body)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(order(team.ops(), body.replace("\"partnerId\": \"" + partner + "\",", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partnerId"));
    }

    @Test
    void retryWithTheSameIdempotencyKeyCreatesOneOrder() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = direct(team.repId(), "{\"sku\": \"%s\", \"quantity\": 1}".formatted(sku));
        String first = SalesFixtures.id(mvc.perform(order(team.rep(), body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()));
        mvc.perform(order(team.rep(), body).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true")).andExpect(jsonPath("$.id").value(first));
        mvc.perform(get("/api/v1/orders?repId=" + team.repId()).with(httpBasic(team.manager(), PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void stepsReserveStockOnceAndRepeatingAStepChangesNothing() {
        UUID id = orders.createFromQuote(fixtures.acceptedQuote(team.repId(), account, sku, 30).id()).id();
        assertThatThrownBy(() -> orders.markPaid(id)).isInstanceOf(com.salesos.platform.ConflictException.class);
        orders.reserveStock(id);
        orders.reserveStock(id);
        assertThat(stock.availableStock(sku)).isEqualTo(70);
        orders.confirm(id);
        orders.confirm(id);
        orders.requestInvoice(id);
        OrderView paid = orders.markPaid(id);
        assertThat(orders.markPaid(id).paidAt()).isEqualTo(paid.paidAt());
        assertThat(orders.reserveStock(id).status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paymentState()).isEqualTo(PaymentState.PAID);
        assertThat(paid.invoiceState()).isEqualTo(InvoiceState.REQUESTED);
        assertThat(stock.availableStock(sku)).isEqualTo(70);
        assertThat(activity.forSubject("order", id)).extracting(ActivityLog.Entry::action).containsExactly(
                "order.created", "order.stock-reserved", "order.confirmed", "order.invoice-requested", "order.paid");
        assertThatThrownBy(() -> orders.cancel(id)).isInstanceOf(com.salesos.platform.ConflictException.class);
    }

    @Test
    void notEnoughStockHoldsNothingAndNamesTheShortage() {
        String scarce = fixtures.product("EQUIPMENT", "590.00", "400.00", 2);
        UUID id = SalesFixtures.asOps(() -> orders.place(new NewOrder(null, team.repId(), account, null, java.util.List.of(
                new com.salesos.quotes.LineRequest(sku, 5, null), new com.salesos.quotes.LineRequest(scarce, 3, null)),
                null, null))).order().id();
        assertThatThrownBy(() -> orders.reserveStock(id)).isInstanceOfSatisfying(OutOfStockException.class, e -> {
            assertThat(e.shortages()).singleElement().satisfies(s -> {
                assertThat(s.sku()).isEqualTo(scarce);
                assertThat(s.missing()).isEqualTo(1);
            });
        });
        assertThat(stock.availableStock(sku)).isEqualTo(100);
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.CREATED);
        orders.backorder(id);
        assertThat(orders.confirm(id).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void cancellingGivesTheStockBack() {
        UUID id = orders.createFromQuote(fixtures.acceptedQuote(team.repId(), account, sku, 40).id()).id();
        orders.reserveStock(id);
        assertThat(stock.availableStock(sku)).isEqualTo(60);
        assertThat(orders.cancel(id).status()).isEqualTo(OrderStatus.CANCELLED);
        orders.cancel(id);
        assertThat(stock.availableStock(sku)).isEqualTo(100);
    }

    @Test
    void repsSeeTheirOwnOrdersAndManagersTheirTeams() throws Exception {
        UUID id = orders.createFromQuote(fixtures.acceptedQuote(team.teammateId(), account, sku, 1).id()).id();
        mvc.perform(get("/api/v1/orders/" + id).with(httpBasic(team.teammate(), PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/" + id).with(httpBasic(team.manager(), PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/" + id).with(httpBasic(team.rep(), PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/" + UUID.randomUUID()).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders?status=CREATED&repId=" + team.teammateId()).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/orders?status=CREATED&repId=" + team.teammateId())
                .with(httpBasic(team.manager(), PASSWORD))).andExpect(jsonPath("$.total").value(1));
    }
}
