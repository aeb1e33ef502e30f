package com.salesos.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The contact deadline and escalation target of a new lead, per the shipped lead SLA table. */
class LeadSlaTests {

    private static final DecisionTables TABLES = DecisionTables.load("lead-sla.dmn");

    @ParameterizedTest(name = "[{index}] {0} from {1} -> within {2}, then {3}")
    @CsvFileSource(resources = "/decisions/lead-sla-cases.csv", numLinesToSkip = 1)
    void givesAContactDeadlineATimerCanUseAndWhoToEscalateTo(String priority, String source, String contactWithin,
            String escalateTo, String matchedRule) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("priority", priority);
        lead.put("source", source);

        var evaluation = TABLES.evaluate("lead-sla", lead);

        assertThat(evaluation.matchedRules()).isEqualTo(DecisionTables.ruleIds(matchedRule));
        assertThat(evaluation.context()).containsEntry("contactWithin", contactWithin).containsEntry("escalateTo", escalateTo);
        // a BPMN timer needs a positive ISO-8601 duration; a typo like "4H" would only fail when the timer is created
        assertThat(Duration.parse(contactWithin)).isPositive();
    }
}
