package com.salesos.ai;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * When to visit an account and what to bring up, with the evidence: the best weekday and two-hour window (local to
 * the account) with its smoothed positive-outcome rate and counts, alternatives, talking points, the next best
 * action, and when the follow-up of that visit falls due. {@code narrative} is the optional narrator's wording of
 * {@code summary}, null when it is off or did not answer.
 */
public record VisitAdvice(UUID repId, UUID accountId, String accountName, String timeZone, Slot bestTime,
        List<Slot> alternatives, History history, List<TalkingPoint> talkingPoints, Action nextBestAction,
        Instant followUpDue, String summary, String narrative) {

    VisitAdvice withNarrative(String text) {
        return new VisitAdvice(repId, accountId, accountName, timeZone, bestTime, alternatives, history, talkingPoints,
                nextBestAction, followUpDue, summary, text);
    }

    /** A weekday and window; {@code positiveRate} smoothed toward the base rate; {@code nextDate} the next such day. */
    public record Slot(DayOfWeek day, LocalTime from, LocalTime to, LocalDate nextDate, BigDecimal positiveRate,
            int visits, int positive, String evidence) {
    }

    /** What the advice learnt from: visits at the account and the rep's overall positive rate (its prior). */
    public record History(int accountVisits, int accountPositive, int repVisits, BigDecimal repPositiveRate,
            LocalDate lastVisit, Integer daysSinceLastVisit) {
    }

    /** Kinds: OVERDUE_FOLLOW_UP, REORDER_DUE, OPEN_QUOTE, OPEN_DEAL, COMPETITOR, OBJECTION, LAST_NOTE. */
    public record TalkingPoint(String kind, String text, String evidence) {
    }

    public record Action(String action, String reason) {
    }
}
