package com.salesos.ai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.salesos.accounts.AccountView;
import com.salesos.workflow.DecisionResult;
import com.salesos.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * How often an account should be visited, by the {@code visit-cadence} decision that sales ops own; the visit planner,
 * the territory gaps and the territory page all ask it.
 */
@Component
public class VisitCadence {

    /** Days between visits and the matched rule id. */
    public record Cadence(int days, String rule) {
    }

    private final Workflow workflow;

    VisitCadence(Workflow workflow) {
        this.workflow = workflow;
    }

    public Cadence of(AccountView account) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("accountTier", account.tier() == null ? null : account.tier().name());
        inputs.put("potential", account.potential() == null ? null : account.potential().name());
        DecisionResult result = workflow.evaluateDecision("visit-cadence", inputs);
        Object value = result.value() instanceof Map<?, ?> map ? map.get("cadenceDays") : result.value();
        List<String> rules = result.matchedRuleIds();
        return new Cadence(((Number) value).intValue(), rules.isEmpty() ? null : rules.get(0));
    }
}
