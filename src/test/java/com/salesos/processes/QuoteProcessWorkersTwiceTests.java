package com.salesos.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.SalesOsTest;
import com.salesos.commissions.CommissionService;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import com.salesos.workflow.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine runs a job at least once: a worker that runs again for the same step creates nothing twice. */
@SalesOsTest
class QuoteProcessWorkersTwiceTests extends QuoteProcessSupport {

    @Autowired
    List<JobWorker> workers;
    @Autowired
    CommissionService commissions;

    @Test
    void runningTheOrderInvoiceCommissionAndNotificationStepsAgainCreatesNothingTwice() throws Exception {
        String quoteId = quote(water, 4, "0", null);
        long instance = awaitQuoteStatus(quoteId, "SENT").path("processInstanceKey").asLong();
        order(quoteId).andExpect(status().isAccepted());
        String orderId = awaitOrderOf(quoteId);
        awaitOrderStatus(orderId, "INVOICED");
        message("InvoicePaid", orderId).andExpect(status().isOk());
        awaitResource("/api/v1/orders/" + orderId, o -> o.hasNonNull("commission"));
        ProcessInstance done = awaitEnded(instance);
        long orderInstance = orderInstanceOf(orderId);
        ProcessInstance orderDone = awaitEnded(orderInstance);

        Map<String, Object> created = run(done, "orders.create", "task_create_order", Map.of());
        run(orderDone, "invoices.request", "task_request_invoice", Map.of());
        run(orderDone, "orders.confirm", "task_confirm_order", Map.of());
        run(orderDone, "commissions.record", "task_record_commission", Map.of());
        run(orderDone, "loyalty.adjust", "task_adjust_loyalty", Map.of());
        run(orderDone, "notifications.send", "task_send_winning_alert", Map.of("template", "order-won", "recipients",
                "rep,manager"));

        assertThat(created.get("orderId")).isEqualTo(orderId);
        assertThat(outboxEvents("invoice.requested", "order/" + orderId)).isEqualTo(1);
        assertThat(outboxEvents("order.confirmed", "order/" + orderId)).isEqualTo(1);
        assertThat(outboxEvents("loyalty.adjustment", "account/" + account)).isEqualTo(1);
        assertThat(notifications(orderInstance, "order-won")).isEqualTo(1);
        assertThat(commissions.forOrder(UUID.fromString(orderId))).hasSize(1).singleElement().satisfies(c ->
                assertThat(outboxEvents("commission.recorded", "commission/" + c.id())).isEqualTo(1));
    }

    /** Runs the worker of a type again with the instance's variables, as a repeated job of the element would. */
    private Map<String, Object> run(ProcessInstance instance, String type, String elementId,
            Map<String, String> headers) {
        long elementInstanceKey = instance.history().stream().filter(h -> h.elementId().equals(elementId))
                .findFirst().orElseThrow().elementInstanceKey();
        Job job = new Job(-1, type, instance.key(), instance.bpmnProcessId(), elementId, elementInstanceKey, 1,
                instance.variables(), headers);
        return workers.stream().filter(w -> w.type().equals(type)).findFirst().orElseThrow().handle(job);
    }
}
