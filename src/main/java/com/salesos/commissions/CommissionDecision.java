package com.salesos.commissions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the commission decision answered for an order, and why: the decision id and version evaluated, its rate
 * (a fraction, 0.05 = 5 %) and accelerator, the ids of the rules that matched, and the inputs it was given.
 */
public record CommissionDecision(String decisionId, String decisionVersion, BigDecimal rate, BigDecimal accelerator,
        List<String> matchedRuleIds, Map<String, Object> inputs) {
}
