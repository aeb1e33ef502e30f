package com.salesos.ai;

import java.util.List;
import java.util.UUID;

/**
 * A lead's priority: HIGH, MEDIUM or LOW, a score of 0 to 100 (the modelled chance of conversion in per cent, or
 * the rules' points), the method (MODEL trained on {@code trainedOn} closed leads, or RULES) and the top factors
 * with their effect (log-odds for the model, points for the rules).
 */
public record LeadPriority(UUID leadId, String priority, int score, String method, int trainedOn,
        List<Factor> factors, String reason) {

    public record Factor(String factor, double effect) {
    }

    static String band(int score) {
        return score >= 60 ? "HIGH" : score >= 35 ? "MEDIUM" : "LOW";
    }
}
