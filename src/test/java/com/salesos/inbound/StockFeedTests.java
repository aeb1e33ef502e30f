package com.salesos.inbound;

import static com.salesos.inbound.InboundCalls.key;
import static com.salesos.inbound.InboundCalls.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import com.salesos.catalog.CatalogService;
import com.salesos.catalog.NewProduct;
import com.salesos.catalog.StockLevelsChanged;
import com.salesos.catalog.StockService;
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
class StockFeedTests {

    static final String PATH = "/api/v1/integrations/inventory/stock-levels";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService keys;
    @Autowired
    CatalogService catalog;
    @Autowired
    StockService stock;
    @Autowired
    ApplicationEvents events;

    String sku;
    String inventory;

    @BeforeEach
    void product() {
        sku = ApiFixtures.unique("ST-");
        catalog.create(new NewProduct(sku, "Crate", "drinks", null, null, null, null));
        inventory = key(keys, "inventory");
    }

    @Test
    void countsSetStockPerLocationAndReportRestockedSkus() throws Exception {
        stock.setStock(sku, "MUC", 5);
        stock.reserve(sku, 5, "order-" + sku);
        mvc.perform(send(PATH, inventory, """
                {"eventId": "%s", "items": [{"sku": "%s", "location": "MUC", "onHand": 20},
                  {"sku": "%s", "location": "BER", "onHand": 7}]}""".formatted(UUID.randomUUID(), sku, sku)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.levels[?(@.location == 'MUC')].available").value(15))
                .andExpect(jsonPath("$.levels[?(@.location == 'BER')].onHand").value(7));

        assertThat(stock.availableStock(sku)).isEqualTo(22);
        StockLevelsChanged changed = events.stream(StockLevelsChanged.class)
                .filter(e -> e.restockedSkus().contains(sku)).findFirst().orElseThrow();
        assertThat(changed.changes()).filteredOn(c -> c.location().equals("MUC")).singleElement()
                .satisfies(c -> assertThat(c.previousAvailable()).isZero());
    }

    @Test
    void repeatedEventReturnsTheFirstAnswerAndChangesNothing() throws Exception {
        String body = """
                {"eventId": "%s", "items": [{"sku": "%s", "location": "HAM", "onHand": 9}]}"""
                .formatted(UUID.randomUUID(), sku);
        String first = mvc.perform(send(PATH, inventory, body)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        stock.setStock(sku, "HAM", 3);

        mvc.perform(send(PATH, inventory, body)).andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true")).andExpect(content().json(first, true));
        assertThat(stock.availableStock(sku)).isEqualTo(3);
        assertThat(events.stream(StockLevelsChanged.class).filter(e -> e.restockedSkus().contains(sku))).hasSize(1);
    }

    @Test
    void malformedCountsAreNamedAndNothingChanges() throws Exception {
        mvc.perform(send(PATH, inventory, """
                {"eventId": "%s", "items": [{"sku": "%s", "location": "HAM", "onHand": 4},
                  {"sku": "%s", "location": "", "onHand": -2}, {"sku": "NOPE-%s", "location": "HAM", "onHand": 1}]}"""
                .formatted(UUID.randomUUID(), sku, sku, sku)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].location')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].onHand')]").exists());
        mvc.perform(send(PATH, inventory, """
                {"eventId": "%s", "items": [{"sku": "%s", "location": "HAM", "onHand": 4},
                  {"sku": "NOPE-%s", "location": "HAM", "onHand": 1}]}""".formatted(UUID.randomUUID(), sku, sku)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items[1].sku"));
        mvc.perform(send(PATH, inventory, "{\"eventId\": \"e\", \"items\": []}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
        assertThat(stock.stockOf(sku)).isEmpty();
    }

    @Test
    void keyWithoutTheInventoryScopeIsForbidden() throws Exception {
        mvc.perform(send(PATH, key(keys, "pricing"), """
                {"eventId": "%s", "items": [{"sku": "%s", "location": "HAM", "onHand": 4}]}"""
                .formatted(UUID.randomUUID(), sku))).andExpect(status().isForbidden());
        assertThat(stock.stockOf(sku)).isEmpty();
    }
}
