package com.salesos.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** How often each kind of account is visited, per the shipped visit cadence table. */
class VisitCadenceTests {

    private static final DecisionTables TABLES = DecisionTables.load("visit-cadence.dmn");

    @ParameterizedTest(name = "[{index}] {0} {1} -> every {2} days")
    @CsvFileSource(resources = "/decisions/visit-cadence-cases.csv", numLinesToSkip = 1)
    void givesTheVisitCadenceForTierAndPotential(String accountTier, String potential, BigDecimal cadenceDays,
            String matchedRule) {
        Map<String, Object> account = new HashMap<>();
        account.put("accountTier", accountTier);
        account.put("potential", potential);

        var evaluation = TABLES.evaluate("visit-cadence", account);

        assertThat(evaluation.matchedRules()).isEqualTo(DecisionTables.ruleIds(matchedRule));
        assertThat((BigDecimal) evaluation.value()).isEqualByComparingTo(cadenceDays);
    }
}
