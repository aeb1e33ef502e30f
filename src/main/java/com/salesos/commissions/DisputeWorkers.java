package com.salesos.commissions;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import com.salesos.platform.InvalidFieldException;
import com.salesos.workflow.BpmnError;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import com.salesos.workflow.Workflow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code commissions.resolve-dispute}: applies the manager's {@code resolution} ({@code adjustedAmount},
 * {@code comment}) with {@code recalculated} (the rate and accelerator the process evaluated; the matched rules come
 * from evaluating the same decision on {@code corrected} here) and writes {@code resolvedAmount}. KEEP or ADJUST
 * without a comment is BPMN error {@code REASON_REQUIRED}, another unusable decision {@code DECISION_INVALID}: both
 * give the task back to the manager with {@code decisionProblem} saying why.
 */
@Configuration(proxyBeanMethods = false)
class DisputeWorkers {

    record Resolution(UUID disputeId, String resolution, BigDecimal adjustedAmount, String comment,
            Recalculated recalculated, Map<String, Object> corrected) {
    }

    record Recalculated(BigDecimal rate, BigDecimal accelerator) {
    }

    @Bean
    JobWorker commissionsResolveDispute(CommissionDisputeService disputes, Workflow workflow) {
        return JobWorker.of("commissions.resolve-dispute", job -> {
            Resolution input = job.variablesAs(Resolution.class);
            DisputeResolution resolution = Arrays.stream(DisputeResolution.values())
                    .filter(r -> r.name().equals(input.resolution())).findFirst().orElse(null);
            CommissionDecision recalculated = null;
            if (input.recalculated() != null && input.corrected() != null) {
                DecisionResult decision = workflow.evaluateDecision(CommissionDisputeService.DECISION,
                        input.corrected());
                recalculated = new CommissionDecision(CommissionDisputeService.DECISION,
                        String.valueOf(decision.version()), input.recalculated().rate(),
                        input.recalculated().accelerator(), decision.matchedRuleIds(),
                        input.corrected());
            }
            try {
                DisputeView resolved = disputes.resolve(input.disputeId(), resolution, input.adjustedAmount(),
                        input.comment(), recalculated);
                return Map.of("resolvedAmount", resolved.resolvedAmount().amount());
            } catch (InvalidFieldException e) {
                String problem = e.getMessage();
                boolean noComment = e.errors().stream().anyMatch(f -> f.field().equals("comment"));
                throw new BpmnError(noComment ? "REASON_REQUIRED" : "DECISION_INVALID", problem,
                        Map.of("decisionProblem", problem));
            }
        });
    }
}
