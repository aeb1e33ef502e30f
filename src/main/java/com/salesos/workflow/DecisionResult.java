package com.salesos.workflow;

import java.util.List;

/** The output of a decision (a value, a map of outputs or a list of them) and the ids of the rules that matched. */
public record DecisionResult(String decisionId, int version, Object value, List<String> matchedRuleIds) {
}
