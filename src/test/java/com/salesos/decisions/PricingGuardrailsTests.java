package com.salesos.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The shipped pricing guardrails against the cases sales ops agreed; an edit that breaks a case fails here. */
class PricingGuardrailsTests {

    private static final DecisionTables TABLES = DecisionTables.load("pricing-guardrails.dmn");

    @ParameterizedTest(name = "[{index}] {0}/{1} {2} {3}% total {4} qty {5} margin {6}% -> {7} up to {8}%")
    @CsvFileSource(resources = "/decisions/pricing-guardrails-cases.csv", numLinesToSkip = 1)
    void decidesTheApprovalLevelAndTheDiscountItCovers(String customerTier, String partnerTier, String productCategory,
            BigDecimal discountPercent, BigDecimal quoteTotal, BigDecimal quantity, BigDecimal marginPercent,
            String approvalLevel, BigDecimal maxDiscountPercent, String matchedRules) {
        Map<String, Object> quote = new HashMap<>();
        quote.put("customerTier", customerTier);
        quote.put("partnerTier", partnerTier);
        quote.put("productCategory", productCategory);
        quote.put("discountPercent", discountPercent);
        quote.put("quoteTotal", quoteTotal);
        quote.put("quantity", quantity);
        quote.put("marginPercent", marginPercent);

        var evaluation = TABLES.evaluate("pricing-guardrails", quote);

        assertThat(evaluation.matchedRules()).isEqualTo(DecisionTables.ruleIds(matchedRules));
        if (approvalLevel == null) {
            assertThat(evaluation.value()).as("no decision").isNull();
            return;
        }
        assertThat(evaluation.context()).containsEntry("approvalLevel", approvalLevel);
        assertThat((BigDecimal) evaluation.context().get("maxDiscountPercent")).isEqualByComparingTo(maxDiscountPercent);
    }
}
