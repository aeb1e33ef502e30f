package com.salesos.ai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.salesos.accounts.AccountView;
import com.salesos.pipeline.DealView;
import com.salesos.quotes.QuoteStatus;
import com.salesos.visits.NoteKind;
import com.salesos.visits.VisitView;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.springframework.stereotype.Component;

/**
 * What to bring up at an account: overdue promises, a re-order falling due by the account's order rhythm, open
 * quotes, open deals, competitor intelligence and objections from the notes, and the last notes. The re-order rhythm
 * is the median gap between the account's orders in the last year, whichever rep took them (at least
 * {@value #MIN_ORDERS} orders; only their days are shown, never another rep's order);
 * it is due when the last order plus that gap falls within {@value #REORDER_HORIZON_DAYS} days or has passed.
 */
@Component
class TalkingPoints {

    static final int MIN_ORDERS = 3;
    static final int REORDER_HORIZON_DAYS = 7;

    private final FieldHistory history;

    TalkingPoints(FieldHistory history) {
        this.history = history;
    }

    /** @param visits the account's visits, newest first */
    List<VisitAdvice.TalkingPoint> about(AccountView account, List<VisitView> visits, LocalDate today,
            ZoneId zone) {
        List<VisitAdvice.TalkingPoint> points = new ArrayList<>();
        overdueFollowUp(visits, today).ifPresent(v -> points.add(new VisitAdvice.TalkingPoint("OVERDUE_FOLLOW_UP",
                "Promised on " + LocalDate.ofInstant(v.startedAt(), zone) + ": " + (v.nextStep() == null ? "a follow-up"
                        : v.nextStep()),
                "due " + v.followUpOn() + ", " + (today.toEpochDay() - v.followUpOn().toEpochDay())
                        + " days overdue, no visit since")));
        Instant yearAgo = today.minusDays(365).atStartOfDay(zone).toInstant();
        reorder(history.orderTimesAt(account.id(), yearAgo), today, zone).ifPresent(points::add);
        history.quotes(null, account.id(), yearAgo).stream().filter(q -> q.status() == QuoteStatus.SENT
                || q.status() == QuoteStatus.APPROVED || q.status() == QuoteStatus.PENDING_APPROVAL).limit(3)
                .forEach(q -> points.add(new VisitAdvice.TalkingPoint("OPEN_QUOTE", "Quote " + q.number() + " ("
                        + q.status() + ", " + q.total().amount().toPlainString() + " " + q.total().currency()
                        + (q.discountPercent() == null || q.discountPercent().signum() == 0 ? ""
                                : ", " + q.discountPercent().stripTrailingZeros().toPlainString() + " % discount") + ")",
                        "created " + LocalDate.ofInstant(q.createdAt(), zone)
                                + (q.validUntil() == null ? "" : ", valid until " + q.validUntil()))));
        history.deals(null, d -> d.accountId().equals(account.id()) && !d.stage().isClosed()).stream()
                .sorted(Comparator.comparing(DealView::probability).reversed()).limit(3)
                .forEach(d -> points.add(new VisitAdvice.TalkingPoint("OPEN_DEAL",
                        d.name() + " (" + d.stage() + ", " + d.amount().amount().toPlainString() + " "
                                + d.amount().currency() + ")",
                        String.format(Locale.ROOT, "probability %d%%, expected close %s, last activity %s",
                                d.probability(), d.expectedClose(), LocalDate.ofInstant(d.lastActivityAt(), zone)))));
        notes(visits, NoteKind.COMPETITOR, today.minusDays(180), 2, zone).forEach(points::add);
        notes(visits, NoteKind.OBJECTION, today.minusDays(180), 1, zone).forEach(points::add);
        if (!visits.isEmpty()) {
            VisitView last = visits.get(0);
            last.notes().stream().filter(n -> n.kind() == NoteKind.GENERAL || n.kind() == NoteKind.FOLLOW_UP).limit(2)
                    .forEach(n -> points.add(new VisitAdvice.TalkingPoint("LAST_NOTE", n.text(),
                            "last visit " + LocalDate.ofInstant(last.startedAt(), zone) + ", outcome " + last.outcome())));
        }
        return points;
    }

    /** @param ordered when the account ordered, in any order */
    static java.util.Optional<VisitAdvice.TalkingPoint> reorder(List<Instant> ordered, LocalDate today, ZoneId zone) {
        if (ordered.size() < MIN_ORDERS) {
            return java.util.Optional.empty();
        }
        List<LocalDate> days = ordered.stream().map(o -> LocalDate.ofInstant(o, zone)).sorted().toList();
        double[] gaps = new double[days.size() - 1];
        for (int i = 1; i < days.size(); i++) {
            gaps[i - 1] = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
        }
        long rhythm = Math.round(new Median().evaluate(gaps));
        LocalDate last = days.get(days.size() - 1);
        LocalDate due = last.plusDays(rhythm);
        if (rhythm == 0 || due.isAfter(today.plusDays(REORDER_HORIZON_DAYS))) {
            return java.util.Optional.empty();
        }
        long late = ChronoUnit.DAYS.between(due, today);
        return java.util.Optional.of(new VisitAdvice.TalkingPoint("REORDER_DUE",
                "Re-order due " + (late > 0 ? "since " + due + " (" + late + " days)" : "on " + due)
                        + ": the account orders every " + rhythm + " days, last on " + last,
                String.format(Locale.ROOT, "%d orders in the last year on %s; median gap %d days", days.size(),
                        days, rhythm)));
    }

    /** The newest visit with a follow-up date in the past and no visit at the account after it. */
    static java.util.Optional<VisitView> overdueFollowUp(List<VisitView> visits, LocalDate today) {
        if (visits.isEmpty()) return java.util.Optional.empty();
        VisitView newest = visits.get(0);
        return newest.followUpOn() != null && newest.followUpOn().isBefore(today) ? java.util.Optional.of(newest)
                : java.util.Optional.empty();
    }

    private static List<VisitAdvice.TalkingPoint> notes(List<VisitView> visits, NoteKind kind, LocalDate since,
            int limit, ZoneId zone) {
        return visits.stream().filter(v -> !LocalDate.ofInstant(v.startedAt(), zone).isBefore(since))
                .flatMap(v -> v.notes().stream().filter(n -> n.kind() == kind)
                        .map(n -> new VisitAdvice.TalkingPoint(kind.name(), n.text(),
                                "noted by " + n.author() + " on " + LocalDate.ofInstant(v.startedAt(), zone))))
                .limit(limit).toList();
    }
}
