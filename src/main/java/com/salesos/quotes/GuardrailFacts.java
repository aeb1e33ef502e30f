package com.salesos.quotes;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.salesos.accounts.AccountView;

/**
 * The inputs of the {@code pricing-guardrails} decision for priced lines and their customer: the quote process's
 * pricing step gives the decision these, and the new-quote form evaluates it with the same ones as the rep types.
 */
public final class GuardrailFacts {

    private GuardrailFacts() {
    }

    /**
     * {@code customerTier}, {@code partnerTier}, {@code productCategory} (the category with the largest line
     * total), {@code discountPercent} (of the whole quote), {@code quoteTotal}, {@code quantity} (all lines) and
     * {@code marginPercent}; values may be null.
     */
    public static Map<String, Object> of(AccountView account, List<PricedLine> lines, BigDecimal discountPercent,
            BigDecimal quoteTotal, BigDecimal marginPercent) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("customerTier", account.tier() == null ? null : account.tier().name());
        facts.put("partnerTier", account.partnerTier());
        facts.put("productCategory", dominantCategory(lines));
        facts.put("discountPercent", discountPercent);
        facts.put("quoteTotal", quoteTotal);
        facts.put("quantity", lines.stream().mapToInt(PricedLine::quantity).sum());
        facts.put("marginPercent", marginPercent);
        return facts;
    }

    /** {@link #of} for freshly priced lines. */
    public static Map<String, Object> of(AccountView account, PricedLines priced) {
        return of(account, priced.lines(), priced.discountPercent(), priced.total().amount(), priced.marginPercent());
    }

    private static String dominantCategory(List<PricedLine> lines) {
        return lines.stream().filter(l -> l.category() != null)
                .collect(Collectors.groupingBy(PricedLine::category,
                        Collectors.reducing(BigDecimal.ZERO, l -> l.lineTotal().amount(), BigDecimal::add)))
                .entrySet().stream().max(Map.Entry.<String, BigDecimal>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }
}
