package com.salesos.orders;

import java.util.Map;
import java.util.UUID;

import com.salesos.workflow.BpmnError;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The order steps of the quote-to-commission process; each one call to the orders' services (bpmn/README.md). */
@Configuration(proxyBeanMethods = false)
class OrderWorkers {

    @Bean
    JobWorker ordersCreate(OrderService orders) {
        return JobWorker.of("orders.create", job -> Map.of("orderId",
                orders.createFromQuote(job.variable("quoteId", UUID.class)).id().toString()));
    }

    @Bean
    JobWorker ordersReserveStock(OrderService orders) {
        return JobWorker.of("orders.reserve-stock", job -> {
            orders.attachProcess(orderId(job), job.processInstanceKey());
            try {
                orders.reserveStock(orderId(job));
            } catch (OutOfStockException e) {
                throw new BpmnError(OutOfStockException.ERROR_CODE, e.getMessage(), Map.of("shortages",
                        e.shortages().stream().map(s -> Map.of("productId", s.productId().toString(), "sku", s.sku(),
                                "missing", s.missing())).toList()));
            }
            return Map.of();
        });
    }

    /**
     * {@code BACK_ORDER} marks the order BACKORDERED (the process then waits for stock); {@code SPLIT} keeps and holds
     * what is in stock and starts the rest as a back-order of its own. A split with nothing in stock is a back-order:
     * the worker answers {@code stockResolution = BACK_ORDER}.
     */
    @Bean
    JobWorker ordersApplyStockResolution(OrderService orders, OrderProcess process) {
        return JobWorker.of("orders.apply-stock-resolution", job -> {
            UUID orderId = orderId(job);
            String resolution = job.variable("stockResolution", String.class);
            if ("SPLIT".equals(resolution)) {
                return Map.of("stockResolution", process.split(orderId));
            }
            if (!"BACK_ORDER".equals(resolution)) {
                throw new IllegalArgumentException("unknown stock resolution " + resolution);
            }
            orders.backorder(orderId);
            return Map.of();
        });
    }

    @Bean
    JobWorker ordersCancel(OrderService orders) {
        return JobWorker.running("orders.cancel", job -> orders.cancel(orderId(job)));
    }

    @Bean
    JobWorker ordersConfirm(OrderProcess process) {
        return JobWorker.running("orders.confirm", job -> process.confirm(orderId(job)));
    }

    @Bean
    JobWorker invoicesRequest(OrderProcess process) {
        return JobWorker.running("invoices.request", job -> process.requestInvoice(orderId(job)));
    }

    @Bean
    JobWorker loyaltyAdjust(OrderProcess process) {
        return JobWorker.running("loyalty.adjust", job -> process.adjustLoyalty(orderId(job)));
    }

    private static UUID orderId(Job job) {
        return job.variable("orderId", UUID.class);
    }
}
