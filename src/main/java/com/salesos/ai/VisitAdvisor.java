package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.platform.InvalidFieldException;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.security.AccessPolicy;
import com.salesos.visits.VisitOutcome;
import com.salesos.visits.VisitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Advises a rep's next visit at an account from the visit history: when to go and what to bring up. */
@Service
public class VisitAdvisor {

    /** The rep's rate shrinks toward this when they have few visits themselves. */
    static final double TEAM_PRIOR = 0.3;
    /** Days after the advised visit by which its follow-up is due. */
    static final int FOLLOW_UP_DAYS = 3;

    private final RepService reps;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final FieldHistory history;
    private final TalkingPoints talkingPoints;
    private final Narrator narrator;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    VisitAdvisor(RepService reps, AccountService accounts, AccessPolicy access, FieldHistory history,
            TalkingPoints talkingPoints, Narrator narrator, PlatformTransactionManager transactions, Clock clock) {
        this.reps = reps;
        this.accounts = accounts;
        this.access = access;
        this.history = history;
        this.talkingPoints = talkingPoints;
        this.narrator = narrator;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * @throws InvalidFieldException naming {@code repId} or {@code accountId} when unknown
     * @throws org.springframework.security.access.AccessDeniedException for a rep the caller may not see
     */
    public VisitAdvice advise(VisitAdviceRequest request) {
        VisitAdvice plain = readOnly.execute(status -> plainAdvice(request));
        // the narrator is a remote call that may take seconds: outside the transaction
        return narrator.rephrase(plain.summary()).map(plain::withNarrative).orElse(plain);
    }

    private VisitAdvice plainAdvice(VisitAdviceRequest request) {
        RepView rep = reps.find(request.repId()).orElseThrow(() -> new InvalidFieldException("repId", "is not a known rep"));
        access.checkRep(rep.id());
        AccountView account = accounts.find(request.accountId())
                .orElseThrow(() -> new InvalidFieldException("accountId", "is not a known account"));
        ZoneId zone = ZoneId.of(account.timeZone() == null ? rep.timeZone() : account.timeZone());
        Instant now = clock.instant();
        LocalDate today = request.from() != null ? request.from() : LocalDate.ofInstant(now, zone);
        Instant since = now.minus(365, ChronoUnit.DAYS);
        List<VisitView> repVisits = history.visits(rep.id(), null, since, now.plus(1, ChronoUnit.DAYS));
        List<VisitView> atAccount = history.visits(null, account.id(), since, now.plus(1, ChronoUnit.DAYS));
        int repPositive = (int) repVisits.stream().filter(VisitAdvisor::positive).count();
        double repRate = VisitSlots.smooth(repVisits.size(), repPositive, TEAM_PRIOR);

        List<VisitSlots.Outcome> outcomes = atAccount.stream().map(v -> {
            ZonedDateTime local = v.startedAt().atZone(zone);
            return new VisitSlots.Outcome(local.getDayOfWeek(), local.getHour(), positive(v));
        }).toList();
        List<VisitSlots.Slot> ranked = VisitSlots.rank(outcomes, repRate, (day, from) -> {
            var hours = account.openingHours();
            return hours == null || hours.days().isEmpty() || hours.on(day).stream()
                    .anyMatch(w -> w.from().isBefore(from.plusHours(2)) && w.to().isAfter(from));
        });
        VisitAdvice.Slot best = ranked.isEmpty() ? null : slot(ranked.get(0), today);
        List<VisitAdvice.Slot> alternatives = ranked.stream().skip(1).limit(3).map(s -> slot(s, today)).toList();

        LocalDate lastVisit = atAccount.isEmpty() ? null : LocalDate.ofInstant(atAccount.get(0).startedAt(), zone);
        Integer daysSince = lastVisit == null ? null : (int) ChronoUnit.DAYS.between(lastVisit, today);
        VisitAdvice.History facts = new VisitAdvice.History(atAccount.size(),
                (int) atAccount.stream().filter(VisitAdvisor::positive).count(), repVisits.size(), pct(repRate),
                lastVisit, daysSince);
        List<VisitAdvice.TalkingPoint> points = talkingPoints.about(account, atAccount, today, zone);
        VisitAdvice.Action action = NextBestAction.choose(points, atAccount, daysSince);
        Instant followUpDue = best == null ? null
                : best.nextDate().plusDays(FOLLOW_UP_DAYS).atTime(best.to()).atZone(zone).toInstant();
        String summary = best == null ? "The account is never open on a working day; no time to advise."
                : String.format(Locale.ROOT, "Visit %s on %s %s-%s (%s%% positive expected from %d visits there, "
                        + "%d at the account); %s.", account.name(), best.day(), best.from(), best.to(),
                        best.positiveRate(), best.visits(), atAccount.size(), action.action());
        return new VisitAdvice(rep.id(), account.id(), account.name(), zone.getId(), best, alternatives, facts, points,
                action, followUpDue, summary, null);
    }

    static boolean positive(VisitView visit) {
        return visit.outcome() == VisitOutcome.INTERESTED || visit.outcome() == VisitOutcome.ORDER_INTENT;
    }

    private static VisitAdvice.Slot slot(VisitSlots.Slot s, LocalDate today) {
        String evidence = String.format(Locale.ROOT,
                "%d of %d visits in this slot positive; other %s visits: %d at %s%%, other %s-%s visits: %d at %s%%, "
                        + "account %s%% "
                        + "(each smoothed with %d pseudo-visits toward the rate above it)",
                s.positive(), s.visits(), s.day(), s.dayVisits(), pct(s.dayRate()), s.from(), s.to(), s.windowVisits(),
                pct(s.windowRate()), pct(s.baseRate()), (int) VisitSlots.PRIOR_WEIGHT);
        return new VisitAdvice.Slot(s.day(), s.from(), s.to(), today.with(TemporalAdjusters.nextOrSame(s.day())),
                pct(s.rate()), s.visits(), s.positive(), evidence);
    }

    static BigDecimal pct(double rate) {
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
