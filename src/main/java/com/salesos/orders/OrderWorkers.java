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

    @Bean
    JobWorker ordersApplyStockResolution(OrderService orders) {
        return JobWorker.of("orders.apply-stock-resolution", job -> {
            String resolution = job.variable("stockResolution", String.class);
            if (!"BACK_ORDER".equals(resolution)) {
                // splitting an order is not built yet: an incident shows the step to sales ops
                throw new IllegalStateException("stock resolution " + resolution + " is not supported");
            }
            orders.backorder(orderId(job));
            return Map.of();
        });
    }

    @Bean
    JobWorker ordersCancel(OrderService orders) {
        return JobWorker.of("orders.cancel", job -> {
            orders.cancel(orderId(job));
            return Map.of();
        });
    }

    @Bean
    JobWorker ordersConfirm(OrderProcess process) {
        return JobWorker.of("orders.confirm", job -> {
            process.confirm(orderId(job));
            return Map.of();
        });
    }

    @Bean
    JobWorker invoicesRequest(OrderProcess process) {
        return JobWorker.of("invoices.request", job -> {
            process.requestInvoice(orderId(job));
            return Map.of();
        });
    }

    @Bean
    JobWorker loyaltyAdjust(OrderProcess process) {
        return JobWorker.of("loyalty.adjust", job -> {
            process.adjustLoyalty(orderId(job));
            return Map.of();
        });
    }

    private static UUID orderId(Job job) {
        return job.variable("orderId", UUID.class);
    }
}
