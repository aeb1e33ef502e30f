package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.salesos.ai.PerformanceInsights.Risk;
import com.salesos.pipeline.DealStage;
import com.salesos.pipeline.DealView;
import com.salesos.pipeline.LeadStatus;
import com.salesos.pipeline.LeadView;
import com.salesos.platform.Money;
import com.salesos.quotes.QuoteStatus;
import com.salesos.quotes.QuoteView;
import com.salesos.reps.RepView;
import com.salesos.visits.VisitView;
import org.springframework.stereotype.Component;

/**
 * Scores the rep's open deals, quotes and leads for risk. Each reason adds its weight (the score is their sum, at
 * most 1) and is listed with its numbers: a deal stalled ({@value #STALLED_DAYS}+ days without activity) or quiet
 * ({@value #QUIET_DAYS}+), past its expected close, late (proposal or negotiation) with no next step (no open quote
 * at the account and no follow-up date ahead there), or with a heavily discounted quote; a quote with a heavy
 * discount (≥ {@value #HEAVY_DISCOUNT} %), about to expire or quiet; a lead left untouched.
 */
@Component
class RiskAssessment {

    static final int STALLED_DAYS = 30;
    static final int QUIET_DAYS = 14;
    static final int HEAVY_DISCOUNT = 20;
    /** Risks below this score are not listed. */
    static final BigDecimal LISTED = new BigDecimal("0.2");

    private final FieldHistory history;

    RiskAssessment(FieldHistory history) {
        this.history = history;
    }

    List<Risk> of(RepView rep, RepPerformanceAnalysis.Records records, LocalDate today, String currency) {
        Map<UUID, List<QuoteView>> openQuotes = records.quotes().stream().filter(RiskAssessment::open)
                .collect(Collectors.groupingBy(QuoteView::accountId));
        Map<UUID, VisitView> lastVisit = records.visits().stream()
                .collect(Collectors.toMap(VisitView::accountId, Function.identity(), (a, b) -> a));
        List<Risk> risks = new ArrayList<>();
        for (DealView deal : records.deals()) {
            if (!deal.stage().isClosed()) {
                deal(deal, openQuotes.getOrDefault(deal.accountId(), List.of()), lastVisit.get(deal.accountId()), today)
                        .ifPresent(risks::add);
            }
        }
        records.quotes().stream().filter(RiskAssessment::open).forEach(q -> quote(q, today).ifPresent(risks::add));
        history.leads(rep.id(), null).stream().filter(l -> l.status() == LeadStatus.NEW
                || l.status() == LeadStatus.CONTACTED || l.status() == LeadStatus.QUALIFIED)
                .forEach(l -> lead(l, today).ifPresent(risks::add));
        risks.sort(Comparator.comparing(Risk::score).reversed().thenComparing(Risk::name));
        return risks;
    }

    private static Optional<Risk> deal(DealView deal, List<QuoteView> quotes, VisitView lastVisit, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        long idle = ChronoUnit.DAYS.between(day(deal.lastActivityAt()), today);
        if (idle >= STALLED_DAYS) {
            score += 0.4;
            reasons.add("stalled: no activity for " + idle + " days (" + STALLED_DAYS + "+)");
        } else if (idle >= QUIET_DAYS) {
            score += 0.2;
            reasons.add("no activity for " + idle + " days (" + QUIET_DAYS + "+)");
        }
        if (deal.expectedClose() != null && deal.expectedClose().isBefore(today)) {
            score += 0.25;
            reasons.add("expected to close on " + deal.expectedClose() + ", "
                    + ChronoUnit.DAYS.between(deal.expectedClose(), today) + " days ago");
        }
        boolean late = deal.stage() == DealStage.PROPOSAL || deal.stage() == DealStage.NEGOTIATION;
        boolean followUpAhead = lastVisit != null && lastVisit.followUpOn() != null
                && !lastVisit.followUpOn().isBefore(today);
        if (late && quotes.isEmpty() && !followUpAhead) {
            score += 0.25;
            reasons.add("in " + deal.stage() + " with no next step: no open quote at the account and no follow-up"
                    + " date ahead" + (lastVisit == null ? "" : " (last visit " + day(lastVisit.startedAt()) + ")"));
        }
        quotes.stream().filter(RiskAssessment::heavy).findFirst().ifPresent(q -> reasons.add("quote " + q.number()
                + " at the account gives " + q.discountPercent().stripTrailingZeros().toPlainString() + " % discount"));
        if (quotes.stream().anyMatch(RiskAssessment::heavy)) {
            score += 0.15;
        }
        return risk("deal", deal.id(), deal.name(), deal.accountId(), deal.amount(), score, reasons);
    }

    private static Optional<Risk> quote(QuoteView quote, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        if (heavy(quote)) {
            score += 0.3;
            reasons.add(quote.discountPercent().stripTrailingZeros().toPlainString() + " % discount (heavy from "
                    + HEAVY_DISCOUNT + " %)");
        }
        if (quote.validUntil() != null && quote.status() == QuoteStatus.SENT) {
            long left = ChronoUnit.DAYS.between(today, quote.validUntil());
            if (left < 0) {
                score += 0.3;
                reasons.add("valid until " + quote.validUntil() + ", lapsed " + -left + " days ago without an answer");
            } else if (left <= 7) {
                score += 0.2;
                reasons.add("expires in " + left + " days (" + quote.validUntil() + ") without an answer");
            }
        }
        long idle = ChronoUnit.DAYS.between(day(quote.updatedAt()), today);
        if (idle >= QUIET_DAYS) {
            score += 0.2;
            reasons.add("unchanged for " + idle + " days in " + quote.status());
        }
        return risk("quote", quote.id(), quote.number(), quote.accountId(), quote.total(), score, reasons);
    }

    private static Optional<Risk> lead(LeadView lead, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        long idle = ChronoUnit.DAYS.between(day(lead.updatedAt()), today);
        if (idle >= QUIET_DAYS) {
            score += 0.4;
            reasons.add("no change for " + idle + " days in " + lead.status() + " (" + QUIET_DAYS + "+)");
        } else if (idle >= 7 && lead.status() == LeadStatus.NEW) {
            score += 0.3;
            reasons.add("not contacted in " + idle + " days");
        }
        if (!reasons.isEmpty() && lead.score() >= 70) {
            score += 0.15;
            reasons.add("a promising lead (intake score " + lead.score() + ") going cold");
        }
        String name = lead.company() == null ? lead.contactName() : lead.contactName() + ", " + lead.company();
        return risk("lead", lead.id(), name, null, null, score, reasons);
    }

    private static Optional<Risk> risk(String type, UUID id, String name, UUID accountId, Money amount, double score,
            List<String> reasons) {
        BigDecimal s = BigDecimal.valueOf(Math.min(1, score)).setScale(2, RoundingMode.HALF_UP);
        return s.compareTo(LISTED) < 0 ? Optional.empty() : Optional.of(new Risk(type, id, name, accountId, amount, s,
                List.copyOf(reasons)));
    }

    static boolean open(QuoteView q) {
        return q.status() == QuoteStatus.SENT || q.status() == QuoteStatus.APPROVED
                || q.status() == QuoteStatus.PENDING_APPROVAL || q.status() == QuoteStatus.DRAFT;
    }

    private static boolean heavy(QuoteView q) {
        return q.discountPercent() != null && q.discountPercent().compareTo(BigDecimal.valueOf(HEAVY_DISCOUNT)) >= 0;
    }

    private static LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

}
