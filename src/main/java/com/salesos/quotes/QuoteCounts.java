package com.salesos.quotes;

/**
 * Quotes a rep created in a period: all of them, and how many the customer accepted, rejected or let expire
 * (the ones with a customer outcome, for a win rate).
 */
public record QuoteCounts(int created, int accepted, int rejected, int expired) {

    /** Accepted quotes over those with a customer outcome, in percent; null when none has one. */
    public java.math.BigDecimal winRatePercent() {
        int decided = accepted + rejected + expired;
        return decided == 0 ? null : PricedLines.percent(java.math.BigDecimal.valueOf(accepted),
                java.math.BigDecimal.valueOf(decided));
    }
}
