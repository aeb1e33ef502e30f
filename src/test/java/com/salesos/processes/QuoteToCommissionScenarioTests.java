package com.salesos.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesos.SalesOsTest;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.embedded.InstanceTimers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quote-to-commission process driven through the REST API, as a rep, a manager and other systems would. */
@SalesOsTest
class QuoteToCommissionScenarioTests extends QuoteProcessSupport {

    @Autowired
    InstanceTimers timers;

    @Test
    void quoteWithinTheFreeDiscountRunsFromSendingToTheCommissionTheTableGives() throws Exception {
        String quoteId = quote(water, 10, "5", null);
        JsonNode sent = awaitQuoteStatus(quoteId, "SENT");
        long instance = sent.path("processInstanceKey").asLong();
        assertThat(instance).isPositive();
        assertThat(sent.path("approval").path("level").asText()).isEqualTo("NONE");
        assertThat(outboxEvents("quote.sent", "quote/" + quoteId)).isEqualTo(1);

        order(quoteId).andExpect(status().isAccepted()).andExpect(jsonPath("$.processInstanceKey").value(instance));
        String orderId = awaitOrderOf(quoteId);
        assertThat(read("/api/v1/quotes/" + quoteId, team.rep()).path("status").asText()).isEqualTo("ACCEPTED");
        awaitOrderStatus(orderId, "INVOICED");
        long orderInstance = orderInstanceOf(orderId);
        assertThat(workflow.instance(orderInstance).bpmnProcessId()).isEqualTo("order-to-commission");
        assertThat(outboxEvents("order.confirmed", "order/" + orderId)).isEqualTo(1);
        assertThat(outboxEvents("invoice.requested", "order/" + orderId)).isEqualTo(1);
        assertThat(notifications(orderInstance, "order-won")).isEqualTo(1);
        // a second order request for the quote answers the order the process made
        order(quoteId).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(orderId));

        message("InvoicePaid", orderId).andExpect(status().isOk());
        JsonNode paid = awaitResource("/api/v1/orders/" + orderId, o -> o.hasNonNull("commission"));
        assertThat(awaitEnded(instance).state()).isEqualTo(ProcessInstance.InstanceState.COMPLETED);

        Map<String, Object> facts = new HashMap<>();
        facts.put("repRole", "FIELD");
        facts.put("productCategory", "BEVERAGES");
        facts.put("marginPercent", paid.path("marginPercent").decimalValue());
        facts.put("newCustomer", true);
        facts.put("quotaAttainmentPercent", BigDecimal.ZERO);
        DecisionResult table = workflow.evaluateDecision("commission-rates", facts);
        Map<?, ?> rate = (Map<?, ?>) table.value();
        BigDecimal base = paid.path("total").path("amount").decimalValue();
        BigDecimal expected = base.multiply(new BigDecimal(rate.get("rate").toString()))
                .multiply(new BigDecimal(rate.get("accelerator").toString())).setScale(2, RoundingMode.HALF_UP);
        JsonNode commission = paid.path("commission");
        assertThat(paid.path("status").asText()).isEqualTo("PAID");
        assertThat(commission.path("amount").path("amount").decimalValue()).isEqualByComparingTo(expected);
        assertThat(commission.path("baseAmount").path("amount").decimalValue()).isEqualByComparingTo(base);
        // the base-rate table's rule and the accelerator table's rule, which the decision combines
        assertThat(table.matchedRuleIds()).hasSize(2).contains("rule_field_new_customer");
        assertThat(json.convertValue(commission.path("rules"), List.class)).isEqualTo(table.matchedRuleIds());
        assertThat(outboxEvents("loyalty.adjustment", "account/" + account)).isEqualTo(1);
        assertThat(notifications(orderInstance, "commission-hit")).isEqualTo(1);
        assertThat(outboxEvents("commission.recorded", "commission/" + commission.path("id").asText())).isEqualTo(1);
    }

    @Test
    void anUnpaidInvoiceRemindsTheRepAndFinanceEveryThirtyDaysUntilPaid() throws Exception {
        String quoteId = quote(water, 2, "0", null);
        awaitQuoteStatus(quoteId, "SENT");
        order(quoteId).andExpect(status().isAccepted());
        String orderId = awaitOrderOf(quoteId);
        awaitOrderStatus(orderId, "INVOICED");
        long orderInstance = orderInstanceOf(orderId);

        assertThat(timers.advance(orderInstance, Duration.ofDays(29))).isZero();
        assertThat(timers.advance(orderInstance, Duration.ofDays(30).plusMinutes(1))).isEqualTo(1);
        awaitNotifications(orderInstance, "invoice-overdue", 1);
        assertThat(read("/api/v1/orders/" + orderId, team.rep()).path("status").asText()).isEqualTo("INVOICED");

        message("InvoicePaid", orderId).andExpect(status().isOk());
        awaitResource("/api/v1/orders/" + orderId, o -> o.hasNonNull("commission"));
        assertThat(awaitEnded(orderInstance).state()).isEqualTo(ProcessInstance.InstanceState.COMPLETED);
        assertThat(notifications(orderInstance, "invoice-overdue")).isEqualTo(1);
    }

    @Test
    void customerRejectionClosesTheQuote() throws Exception {
        String quoteId = quote(water, 3, "0", null);
        long instance = awaitQuoteStatus(quoteId, "SENT").path("processInstanceKey").asLong();

        message("QuoteRejected", quoteId).andExpect(status().isOk());

        awaitQuoteStatus(quoteId, "REJECTED");
        assertThat(awaitEnded(instance).passed("end_quote_rejected", "COMPLETED")).isTrue();
    }

    @Test
    void quoteExpiresWhenItsValidityEndsUnanswered() throws Exception {
        String quoteId = quote(water, 3, "2", LocalDate.now(ZoneOffset.UTC).toString());
        long instance = awaitQuoteStatus(quoteId, "SENT").path("processInstanceKey").asLong();

        assertThat(timers.advance(instance, Duration.ZERO)).isZero();
        assertThat(timers.advance(instance, Duration.ofDays(1).plusMinutes(1))).isEqualTo(1);

        awaitQuoteStatus(quoteId, "EXPIRED");
        assertThat(awaitEnded(instance).passed("end_quote_expired", "COMPLETED")).isTrue();
    }

    @Test
    void orderBeyondTheStockGivesTheRepATaskAndCancellingItCancelsTheOrder() throws Exception {
        String scarce = fixtures.product("BEVERAGES", "3.00", "1.00", 2);
        String quoteId = quote(scarce, 5, "0", null);
        long instance = awaitQuoteStatus(quoteId, "SENT").path("processInstanceKey").asLong();
        order(quoteId).andExpect(status().isAccepted());

        String orderId = awaitOrderOf(quoteId);
        long orderInstance = orderInstanceOf(orderId);
        var task = awaitTask(orderInstance, "task_resolve_stock_shortage");
        assertThat(task.assignee()).isEqualTo(team.rep());
        assertThat(read("/api/v1/orders/" + orderId, team.rep()).path("status").asText()).isEqualTo("CREATED");
        assertThat(((List<?>) workflow.instance(orderInstance).variables().get("shortages"))).hasSize(1);
        completeTask(task.key(), team.rep(), Map.of("stockResolution", "CANCEL")).andExpect(status().is2xxSuccessful());

        awaitOrderStatus(orderId, "CANCELLED");
        assertThat(awaitEnded(orderInstance).passed("end_order_cancelled", "COMPLETED")).isTrue();
        assertThat(awaitEnded(instance).passed("end_order_done", "COMPLETED")).isTrue();
    }
}
