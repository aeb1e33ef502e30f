package com.salesos.ai;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.salesos.accounts.AccountView;
import com.salesos.pipeline.DealView;
import com.salesos.visits.NoteKind;
import com.salesos.visits.VisitView;
import org.springframework.stereotype.Component;

/**
 * What to bring up at an account: overdue promises, open deals, competitor intelligence and objections from the
 * notes, and the last notes. Quotes and orders are not in the product yet; their points join here when they are.
 */
@Component
class TalkingPoints {

    private final FieldHistory history;

    TalkingPoints(FieldHistory history) {
        this.history = history;
    }

    /** @param visits the account's visits, newest first */
    List<VisitAdvice.TalkingPoint> about(AccountView account, List<VisitView> visits, LocalDate today, ZoneId zone) {
        List<VisitAdvice.TalkingPoint> points = new ArrayList<>();
        overdueFollowUp(visits, today).ifPresent(v -> points.add(new VisitAdvice.TalkingPoint("OVERDUE_FOLLOW_UP",
                "Promised on " + LocalDate.ofInstant(v.startedAt(), zone) + ": " + (v.nextStep() == null ? "a follow-up"
                        : v.nextStep()),
                "due " + v.followUpOn() + ", " + (today.toEpochDay() - v.followUpOn().toEpochDay())
                        + " days overdue, no visit since")));
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
