package com.salesos.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesos.ApiFixtures;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.QuoteService;
import com.salesos.security.ApiKeyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A new price list re-prices draft quotes; a quote already sent keeps its prices. */
@SalesOsTest
class DraftRepricingTests extends QuoteProcessSupport {

    @Autowired
    QuoteService quotes;
    @Autowired
    ApiKeyService keys;

    @Test
    void aNewPriceListRepricesDraftsButNotSentQuotes() throws Exception {
        String sent = quote(water, 10, "0", null);
        awaitQuoteStatus(sent, "SENT");
        String draft = SalesFixtures.asOps(() -> quotes.create(new NewQuote(team.repId(), account, null, null,
                List.of(new LineRequest(water, 10, null))))).id().toString();

        mvc.perform(post("/api/v1/integrations/pricing/price-lists")
                .header("X-API-Key", keys.issue(ApiFixtures.unique("pricing-"), Set.of("pricing")))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"eventId": "%s", "items": [{"sku": "%s", "amount": 8.50, "currency": "EUR", "validFrom": "%s"}]}"""
                        .formatted(UUID.randomUUID(), water, LocalDate.now(ZoneOffset.UTC))))
                .andExpect(status().isOk());

        JsonNode repriced = awaitResource("/api/v1/quotes/" + draft, q -> q.path("revision").asInt() == 2);
        assertThat(repriced.path("status").asText()).isEqualTo("DRAFT");
        assertThat(repriced.path("total").path("amount").decimalValue()).isEqualByComparingTo("85.00");
        JsonNode untouched = read("/api/v1/quotes/" + sent, team.ops());
        assertThat(untouched.path("revision").asInt()).isEqualTo(1);
        assertThat(untouched.path("total").path("amount").decimalValue()).isEqualByComparingTo("79.00");
    }
}
