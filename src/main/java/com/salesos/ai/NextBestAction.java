package com.salesos.ai;

import java.util.List;

import com.salesos.visits.VisitOutcome;
import com.salesos.visits.VisitView;

/** The one thing to do at the next visit, by the first rule that applies (promises, orders, quotes, deals, news). */
final class NextBestAction {

    /** An account not seen for longer than this needs re-engaging. */
    static final int STALE_DAYS = 30;

    private NextBestAction() {
    }

    static VisitAdvice.Action choose(List<VisitAdvice.TalkingPoint> points, List<VisitView> visits, Integer daysSince) {
        for (VisitAdvice.TalkingPoint p : points) {
            if (p.kind().equals("OVERDUE_FOLLOW_UP")) {
                return new VisitAdvice.Action("Deliver what was promised", p.text() + " (" + p.evidence() + ")");
            }
        }
        if (!visits.isEmpty() && visits.get(0).outcome() == VisitOutcome.ORDER_INTENT) {
            return new VisitAdvice.Action("Take the order", "the last visit ended with an order intent");
        }
        for (VisitAdvice.TalkingPoint p : points) {
            if (p.kind().equals("REORDER_DUE")) {
                return new VisitAdvice.Action("Take the re-order", p.text() + " (" + p.evidence() + ")");
            }
        }
        for (VisitAdvice.TalkingPoint p : points) {
            if (p.kind().equals("OPEN_QUOTE")) {
                return new VisitAdvice.Action("Close the open quote: " + p.text(), p.evidence());
            }
        }
        for (VisitAdvice.TalkingPoint p : points) {
            if (p.kind().equals("OPEN_DEAL")) {
                return new VisitAdvice.Action("Move the deal on: " + p.text(), p.evidence());
            }
        }
        for (VisitAdvice.TalkingPoint p : points) {
            if (p.kind().equals("COMPETITOR")) {
                return new VisitAdvice.Action("Counter the competitor", p.text() + " (" + p.evidence() + ")");
            }
        }
        if (daysSince == null) {
            return new VisitAdvice.Action("Introduce yourself and qualify the account", "no visit on record");
        }
        if (daysSince > STALE_DAYS) {
            return new VisitAdvice.Action("Re-engage the account", "last visit " + daysSince + " days ago");
        }
        return new VisitAdvice.Action("Check needs and present the current range",
                "no open promise, deal or competitor note");
    }
}
