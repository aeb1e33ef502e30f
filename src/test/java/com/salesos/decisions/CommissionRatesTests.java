package com.salesos.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The shipped commission rates and accelerators, with the rule ids a commission record keeps. */
class CommissionRatesTests {

    private static final DecisionTables TABLES = DecisionTables.load("commission-rates.dmn");

    @ParameterizedTest(name = "[{index}] {0} {1} margin {2}% new {3} quota {4}% -> {5} x {6}")
    @CsvFileSource(resources = "/decisions/commission-rates-cases.csv", numLinesToSkip = 1)
    void givesTheRateAndAcceleratorWithTheRulesThatProducedThem(String repRole, String productCategory,
            BigDecimal marginPercent, Boolean newCustomer, BigDecimal quotaAttainmentPercent, BigDecimal rate,
            BigDecimal accelerator, String matchedRules) {
        Map<String, Object> order = new HashMap<>();
        order.put("repRole", repRole);
        order.put("productCategory", productCategory);
        order.put("marginPercent", marginPercent);
        order.put("newCustomer", newCustomer);
        order.put("quotaAttainmentPercent", quotaAttainmentPercent);

        var evaluation = TABLES.evaluate("commission-rates", order);

        assertThat(evaluation.matchedRules()).isEqualTo(DecisionTables.ruleIds(matchedRules));
        assertDecimal(evaluation.context().get("rate"), rate);
        assertDecimal(evaluation.context().get("accelerator"), accelerator);
    }

    private static void assertDecimal(Object actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat((BigDecimal) actual).isEqualByComparingTo(expected);
        }
    }
}
