package com.salesos.ai;

import java.util.LinkedHashMap;
import java.util.Map;

import com.salesos.pipeline.LeadView;

/** A lead as model features: its source (one-hot), the intake score scaled to 0..1, and which details it came with. */
final class LeadFeatures {

    private LeadFeatures() {
    }

    /** Only the features that are present (non-zero), named so that a person reads them. */
    static Map<String, Double> of(LeadView lead) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("source=" + lead.source(), 1.0);
        if (lead.score() > 0) f.put("intake score", lead.score() / 100.0);
        if (present(lead.email())) f.put("has email", 1.0);
        if (present(lead.phone())) f.put("has phone", 1.0);
        if (present(lead.company())) f.put("has company", 1.0);
        if (lead.assignedRepId() != null) f.put("assigned to a rep", 1.0);
        if (lead.territoryId() != null) f.put("in a territory", 1.0);
        return f;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
