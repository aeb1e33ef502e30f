package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.salesos.SalesOsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decisions answer plain Java values whatever the DMN engine uses inside. */
@SalesOsTest
class DecisionOutputTests {

    @Autowired
    Workflow workflow;

    @Test
    void aDecisionWithSeveralOutputsAnswersAMapOfPlainValues() {
        DecisionResult result = workflow.evaluateDecision("pricing-guardrails", Map.of("customerTier", "GOLD",
                "productCategory", "HARDWARE", "discountPercent", 18, "quoteTotal", 12000, "quantity", 40,
                "marginPercent", 31));

        assertThat(result.value()).isInstanceOf(Map.class);
        Map<?, ?> outputs = (Map<?, ?>) result.value();
        assertThat(outputs.get("approvalLevel")).isEqualTo("MANAGER");
        assertThat(outputs.get("maxDiscountPercent")).isInstanceOf(Number.class);
        assertThat(new BigDecimal(outputs.get("maxDiscountPercent").toString())).isEqualByComparingTo("30");
    }
}
