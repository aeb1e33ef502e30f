package com.salesos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.salesos.ApiFixtures;
import com.salesos.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@AutoConfigureMockMvc
class StockServiceTests {

    @Autowired
    CatalogService catalog;
    @Autowired
    StockService stock;

    String productWithStock(int main, int spare) {
        String sku = ApiFixtures.unique("STK-");
        catalog.create(new NewProduct(sku, "Crate", "drinks", null, null, null, null));
        stock.setStock(sku, "MAIN", main);
        stock.setStock(sku, "SPARE", spare);
        return sku;
    }

    @Test
    void reservingTwiceWithOneReferenceHoldsOnce() {
        String sku = productWithStock(10, 5);
        StockReservationView first = stock.reserve(sku, 4, "order-1");
        StockReservationView again = stock.reserve(sku, 4, "order-1");

        assertThat(again).isEqualTo(first);
        assertThat(first.location()).isEqualTo("MAIN");
        assertThat(stock.availableStock(sku)).isEqualTo(11);
        assertThatThrownBy(() -> stock.reserve(sku, 5, "order-1")).isInstanceOf(ConflictException.class);
    }

    @Test
    void releasingGivesUnitsBackOnce() {
        String sku = productWithStock(10, 0);
        stock.reserve(sku, 6, "order-2");
        assertThat(stock.release(sku, "order-2")).hasValueSatisfying(r -> assertThat(r.releasedAt()).isNotNull());
        stock.release(sku, "order-2");
        assertThat(stock.availableStock(sku)).isEqualTo(10);
        assertThat(stock.release(sku, "never-reserved")).isEmpty();
    }

    @Test
    void reservesAtALocationThatHasEnoughAndRefusesWhenNoneHas() {
        String sku = productWithStock(3, 8);
        assertThat(stock.reserve(sku, 5, "order-3").location()).isEqualTo("SPARE");
        assertThatThrownBy(() -> stock.reserve(sku, 4, "order-4")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("6 available");
        assertThat(stock.releaseAll("order-3")).hasSize(1);
        assertThat(stock.availableStock(sku)).isEqualTo(11);
    }

    @Test
    void concurrentOrdersNeverOversell() throws Exception {
        String sku = productWithStock(10, 0);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String reference = "race-" + i;
                Callable<Boolean> attempt = () -> {
                    try {
                        stock.reserve(sku, 1, reference);
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            long reserved = 0;
            for (Future<Boolean> result : results) {
                reserved += result.get() ? 1 : 0;
            }
            assertThat(reserved).isEqualTo(10);
            assertThat(stock.availableStock(sku)).isZero();
            assertThat(stock.stockOf(sku).get(0).reserved()).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }
}
