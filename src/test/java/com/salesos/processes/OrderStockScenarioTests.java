package com.salesos.processes;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesos.ApiFixtures;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.security.ApiKeyService;
import com.salesos.workflow.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * An order short of stock: the rep back-orders it (it waits until the inventory feed reports enough stock) or splits
 * it (what is in stock goes on now, the rest becomes a back-order of its own).
 */
@SalesOsTest
class OrderStockScenarioTests extends QuoteProcessSupport {

    @Autowired
    ApiKeyService keys;

    @Test
    void aBackOrderWaitsForTheInventoryFeedAndThenRunsToTheInvoice() throws Exception {
        String scarce = fixtures.product("BEVERAGES", "3.00", "1.00", 2);
        String orderId = orderShortOfStock(quoteFor(Map.of(scarce, 5)));
        long orderInstance = orderInstanceOf(orderId);
        completeTask(awaitTask(orderInstance, "task_resolve_stock_shortage").key(), team.rep(),
                Map.of("stockResolution", "BACK_ORDER")).andExpect(status().is2xxSuccessful());

        awaitOrderStatus(orderId, "BACKORDERED");
        awaitActive(orderInstance, "task_await_stock");
        stockArrives(scarce, 7);

        awaitOrderStatus(orderId, "INVOICED");
        awaitNotifications(orderInstance, "order-won", 1);
        assertThat(outboxEvents("order.confirmed", "order/" + orderId)).isEqualTo(1);
    }

    @Test
    void aSplitOrderShipsWhatIsInStockAndTheRestFollowsAsItsOwnBackOrder() throws Exception {
        String scarce = fixtures.product("BEVERAGES", "3.00", "1.00", 2);
        String orderId = orderShortOfStock(quoteFor(Map.of(water, 3, scarce, 5)));
        long orderInstance = orderInstanceOf(orderId);
        completeTask(awaitTask(orderInstance, "task_resolve_stock_shortage").key(), team.rep(),
                Map.of("stockResolution", "SPLIT")).andExpect(status().is2xxSuccessful());

        JsonNode shipped = awaitOrderStatus(orderId, "INVOICED");
        assertThat(quantities(shipped)).isEqualTo(Map.of(water, 3, scarce, 2));
        JsonNode rest = awaitResource("/api/v1/orders?repId=" + team.repId() + "&status=BACKORDERED",
                page -> page.path("items").size() == 1).path("items").get(0);
        assertThat(rest.path("source").asText()).isEqualTo("SPLIT");
        assertThat(rest.path("splitFromId").asText()).isEqualTo(orderId);
        assertThat(quantities(rest)).isEqualTo(Map.of(scarce, 3));
        assertThat(shipped.path("total").path("amount").decimalValue()
                .add(rest.path("total").path("amount").decimalValue())).isEqualByComparingTo("38.70");

        String restId = rest.path("id").asText();
        long restInstance = orderInstanceOf(restId);
        assertThat(restInstance).isNotEqualTo(orderInstance);
        awaitActive(restInstance, "task_await_stock");
        stockArrives(scarce, 5); // two of them are held by the shipped part
        awaitOrderStatus(restId, "INVOICED");
    }

    private String quoteFor(Map<String, Integer> lines) throws Exception {
        StringBuilder items = new StringBuilder();
        lines.forEach((sku, quantity) -> items.append(items.isEmpty() ? "" : ", ")
                .append("{\"sku\": \"%s\", \"quantity\": %d}".formatted(sku, quantity)));
        return SalesFixtures.id(mvc.perform(post("/api/v1/sales-reps/quote").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "items": [%s]}""".formatted(team.repId(), account, items)))
                .andExpect(status().isCreated()));
    }

    private String orderShortOfStock(String quoteId) throws Exception {
        awaitQuoteStatus(quoteId, "SENT");
        order(quoteId).andExpect(status().isAccepted());
        return awaitOrderOf(quoteId);
    }

    private void awaitActive(long instanceKey, String elementId) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> workflow.instance(instanceKey),
                (ProcessInstance pi) -> pi.activeElements().stream().anyMatch(a -> a.elementId().equals(elementId)));
    }

    /** The inventory system reports the SKU's new count in the fixtures' depot. */
    private void stockArrives(String sku, int onHand) throws Exception {
        mvc.perform(post("/api/v1/integrations/inventory/stock-levels")
                .header("X-API-Key", keys.issue(ApiFixtures.unique("inventory-"), Set.of("inventory")))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"eventId": "%s", "items": [{"sku": "%s", "location": "DEPOT-A", "onHand": %d}]}"""
                        .formatted(UUID.randomUUID(), sku, onHand))).andExpect(status().isOk());
    }

    private static Map<String, Integer> quantities(JsonNode order) {
        Map<String, Integer> quantities = new java.util.HashMap<>();
        order.path("items").forEach(l -> quantities.put(l.path("sku").asText(), l.path("quantity").asInt()));
        return quantities;
    }
}
