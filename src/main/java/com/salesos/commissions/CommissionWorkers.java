package com.salesos.commissions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.salesos.orders.OrderService;
import com.salesos.orders.OrderView;
import com.salesos.reps.Quota;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import com.salesos.workflow.Workflow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commission steps of the quote-to-commission process (bpmn/README.md): gather the decision's facts once the
 * invoice is paid, and record the commission the decision gave, with the rules that produced it.
 */
@Configuration(proxyBeanMethods = false)
class CommissionWorkers {

    static final String DECISION_ID = "commission-rates";

    /** The process's commission decision output. */
    record Rate(BigDecimal rate, BigDecimal accelerator) {
    }

    /** The facts the commission decision reads, as the prepare step wrote them. */
    record Facts(String repRole, String productCategory, BigDecimal marginPercent, Boolean newCustomer,
            BigDecimal quotaAttainmentPercent) {

        Map<String, Object> asInputs() {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("repRole", repRole);
            inputs.put("productCategory", productCategory);
            inputs.put("marginPercent", marginPercent);
            inputs.put("newCustomer", newCustomer);
            inputs.put("quotaAttainmentPercent", quotaAttainmentPercent);
            return inputs;
        }
    }

    @Bean
    JobWorker commissionsPrepare(OrderService orders, RepService reps) {
        return JobWorker.of("commissions.prepare", job -> {
            UUID orderId = job.variable("orderId", UUID.class);
            // the InvoicePaid message may carry when the customer paid; otherwise it is now
            Instant paidAt = job.variable("paidAt", Instant.class);
            OrderView order = paidAt == null ? orders.markPaid(orderId) : orders.markPaid(orderId, paidAt);
            RepView rep = reps.find(order.repId()).orElseThrow();
            Map<String, Object> facts = new HashMap<>();
            facts.put("repRole", rep.role().name());
            facts.put("newCustomer", !orders.accountOrderedBefore(orderId));
            facts.put("quotaAttainmentPercent", quotaAttainmentBefore(orders, rep, order));
            facts.put("marginPercent", order.marginPercent());
            facts.put("commissionBase", order.total().amount());
            return facts;
        });
    }

    @Bean
    JobWorker commissionsRecord(CommissionProcess commissions, Workflow workflow) {
        return JobWorker.of("commissions.record", job -> {
            Rate rate = job.variable("commission", Rate.class);
            Map<String, Object> inputs = job.variablesAs(Facts.class).asInputs();
            // the engine hands over the decision's value only: evaluating it again on the same inputs names the rules
            var evaluated = workflow.evaluateDecision(DECISION_ID, inputs);
            CommissionView view = commissions.record(job.variable("orderId", UUID.class), new CommissionDecision(
                    DECISION_ID, String.valueOf(evaluated.version()), rate.rate(), rate.accelerator(),
                    evaluated.matchedRuleIds(), inputs));
            return Map.of("commissionId", view.id().toString(), "commissionAmount", view.amount().amount());
        });
    }

    /** Percent of the rep's quota their orders created earlier in the quota period reached; 0 without a quota. */
    private static BigDecimal quotaAttainmentBefore(OrderService orders, RepView rep, OrderView order) {
        Quota quota = rep.quota();
        if (quota == null || quota.amount().signum() == 0 || !quota.currency().equals(order.currency())) {
            return BigDecimal.ZERO;
        }
        LocalDate day = LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC);
        LocalDate start = switch (quota.period()) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
        BigDecimal before = orders.figuresFor(rep.id(), quota.currency(), start.atStartOfDay(ZoneOffset.UTC)
                .toInstant(), order.createdAt()).revenue().amount();
        return before.multiply(BigDecimal.valueOf(100)).divide(quota.amount(), 2, RoundingMode.HALF_UP);
    }
}
