package com.salesos.inbound;

import static com.salesos.inbound.InboundCalls.key;
import static com.salesos.inbound.InboundCalls.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.NewPrice;
import com.salesos.catalog.NewProduct;
import com.salesos.catalog.PriceListImported;
import com.salesos.catalog.PriceView;
import com.salesos.security.ApiKeyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
@RecordApplicationEvents
class PriceListFeedTests {

    static final String PATH = "/api/v1/integrations/pricing/price-lists";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;
    @Autowired
    CatalogService catalog;
    @Autowired
    ApplicationEvents events;

    String sku;
    String pricing;

    @BeforeEach
    void productWithAStandingPrice() {
        sku = ApiFixtures.unique("PL-");
        catalog.create(new NewProduct(sku, "Lemonade", "drinks", null, null, null,
                new NewPrice(new BigDecimal("10.00"), "EUR", LocalDate.of(2030, 1, 1), null, null)));
        pricing = key(keys, "pricing");
    }

    BigDecimal priceOn(String day) {
        return catalog.currentPrice(sku, "EUR", LocalDate.parse(day)).map(PriceView::unitPrice)
                .map(m -> m.amount()).orElse(null);
    }

    @Test
    void newPriceClosesTheStandingOneAndABoundedOfferLetsItResume() throws Exception {
        mvc.perform(send(PATH, pricing, """
                {"eventId": "%s", "items": [
                  {"sku": "%s", "amount": 12.00, "currency": "EUR", "validFrom": "2030-03-01"},
                  {"sku": "%s", "amount": 9.50, "currency": "EUR", "validFrom": "2030-04-01", "validTo": "2030-04-10"}]}"""
                .formatted(UUID.randomUUID(), sku, sku)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.shortened").value(2))
                .andExpect(jsonPath("$.prices[0].validFrom").value("2030-03-01"));

        assertThat(priceOn("2030-02-28")).isEqualByComparingTo("10.00");
        assertThat(priceOn("2030-03-01")).isEqualByComparingTo("12.00");
        assertThat(priceOn("2030-04-05")).isEqualByComparingTo("9.50");
        assertThat(priceOn("2030-04-11")).isEqualByComparingTo("12.00");
        assertThat(events.stream(PriceListImported.class).filter(e -> e.skus().contains(sku)))
                .singleElement().satisfies(e -> assertThat(e.currencies()).containsExactly("EUR"));
    }

    @Test
    void repeatedEventReturnsTheFirstAnswerAndChangesNothing() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String first = mvc.perform(send(PATH, pricing, """
                {"eventId": "%s", "items": [{"sku": "%s", "amount": 11, "currency": "EUR", "validFrom": "2030-02-01"}]}"""
                .formatted(eventId, sku))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        mvc.perform(send(PATH, pricing, """
                {"eventId": "%s", "items": [{"sku": "%s", "amount": 99, "currency": "EUR", "validFrom": "2030-02-01"}]}"""
                .formatted(eventId, sku))).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true")).andExpect(content().json(first, true));

        assertThat(priceOn("2030-02-15")).isEqualByComparingTo("11.00");
        assertThat(events.stream(PriceListImported.class).filter(e -> e.skus().contains(sku))).hasSize(1);
    }

    @Test
    void idempotencyKeyHeaderServesAsTheEventId() throws Exception {
        String body = """
                {"items": [{"sku": "%s", "amount": 13, "currency": "EUR", "validFrom": "2030-05-01"}]}""".formatted(sku);
        String key = UUID.randomUUID().toString();
        mvc.perform(send(PATH, pricing, body).header("Idempotency-Key", key)).andExpect(status().isOk())
                .andExpect(jsonPath("$.eventId").value(key)).andExpect(jsonPath("$.created").value(1));
        mvc.perform(send(PATH, pricing, body).header("Idempotency-Key", key)).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true")).andExpect(jsonPath("$.created").value(1));
        assertThat(priceOn("2030-05-02")).isEqualByComparingTo("13.00");
        assertThat(events.stream(PriceListImported.class).filter(e -> e.skus().contains(sku))).hasSize(1);
        mvc.perform(send(PATH, pricing, body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventId"));
    }

    @Test
    void malformedEntriesAreNamedAndNothingChanges() throws Exception {
        mvc.perform(send(PATH, pricing, """
                {"eventId": "%s", "items": [{"sku": "%s", "amount": 1, "currency": "EUR", "validFrom": "2030-02-01"},
                  {"amount": -1, "currency": "EUR", "validFrom": "2030-02-01"}]}""".formatted(UUID.randomUUID(), sku)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].sku')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].amount')]").exists());
        mvc.perform(send(PATH, pricing, """
                {"eventId": "%s", "items": [{"sku": "%s", "amount": 1, "currency": "EUR", "validFrom": "2030-02-01"},
                  {"sku": "NO-SUCH-%s", "amount": 1, "currency": "XXY", "validFrom": "2030-02-01",
                   "validTo": "2030-01-01"}]}""".formatted(UUID.randomUUID(), sku, sku)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].sku')].message").value("is not a known product"))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].currency')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].validTo')]").exists());
        mvc.perform(send(PATH, pricing, "{\"eventId\": \"x\", \"items\": [{\"sku\": \"%s\", \"amount\": \"lots\"}]}"
                .formatted(sku))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].amount"));

        assertThat(priceOn("2030-02-15")).isEqualByComparingTo("10.00");
    }

    @Test
    void keyWithoutThePricingScopeIsForbidden() throws Exception {
        mvc.perform(send(PATH, key(keys, "inventory"), """
                {"eventId": "%s", "items": [{"sku": "%s", "amount": 1, "currency": "EUR", "validFrom": "2030-02-01"}]}"""
                .formatted(UUID.randomUUID(), sku))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(priceOn("2030-02-15")).isEqualByComparingTo("10.00");
    }
}
