package com.salesos.ai;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.platform.InvalidFieldException;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.security.AccessPolicy;
import com.salesos.visits.VisitView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Proposes a rep's next working days: the accounts of their territories fall due by the visit-cadence decision
 * (sales ops own the cadence in DMN) counted from the last visit, or on an open follow-up date; the most overdue
 * go first, each on the first day it is due and open with room left; every day is then routed by the engine.
 */
@Service
public class VisitPlanner {

    private final RepService reps;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final FieldHistory history;
    private final VisitCadence cadence;
    private final RouteOptimizer optimizer;
    private final Clock clock;

    VisitPlanner(RepService reps, AccountService accounts, AccessPolicy access, FieldHistory history,
            VisitCadence cadence, RouteOptimizer optimizer, Clock clock) {
        this.reps = reps;
        this.accounts = accounts;
        this.access = access;
        this.history = history;
        this.cadence = cadence;
        this.optimizer = optimizer;
        this.clock = clock;
    }

    /** @throws InvalidFieldException naming {@code repId} when unknown; AccessDeniedException for another team */
    public VisitPlan propose(VisitPlanRequest request) {
        RepView rep = reps.find(request.repId()).orElseThrow(() -> new InvalidFieldException("repId", "is not a known rep"));
        access.checkRep(rep.id());
        ZoneId zone = ZoneId.of(rep.timeZone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<LocalDate> days = workingDays(request.from() == null ? today.plusDays(1) : request.from(),
                request.days() == null ? 5 : request.days());
        int perDay = request.visitsPerDay() == null ? 5 : request.visitsPerDay();

        Instant now = clock.instant();
        Map<java.util.UUID, VisitView> lastVisit = new HashMap<>();
        history.visits(rep.id(), null, now.minus(365, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS))
                .forEach(v -> lastVisit.putIfAbsent(v.accountId(), v));
        List<Candidate> due = new ArrayList<>();
        for (AccountView account : territoryAccounts(rep)) {
            VisitCadence.Cadence c = cadence.of(account);
            VisitView last = lastVisit.get(account.id());
            LocalDate lastDay = last == null ? null : LocalDate.ofInstant(last.startedAt(), zone);
            LocalDate dueOn = lastDay == null ? today : lastDay.plusDays(c.days());
            String why = lastDay == null ? "no visit on record" : "last visit " + lastDay + ", every " + c.days() + " days";
            if (last != null && last.followUpOn() != null && last.followUpOn().isBefore(dueOn)) {
                dueOn = last.followUpOn();
                why += "; follow-up promised for " + last.followUpOn()
                        + (last.nextStep() == null ? "" : " (" + last.nextStep() + ")");
            }
            if (dueOn.isAfter(days.get(days.size() - 1))) continue;
            Integer since = lastDay == null ? null : (int) ChronoUnit.DAYS.between(lastDay, today);
            due.add(new Candidate(account, new VisitPlan.Reason(account.id(), account.name(), dueOn, c.days(), c.rule(),
                    since, why + (dueOn.isBefore(today) ? "; " + ChronoUnit.DAYS.between(dueOn, today) + " days overdue" : ""))));
        }
        due.sort(Comparator.comparing((Candidate c) -> c.reason().due()).thenComparing(c -> c.reason().cadenceDays()));

        Map<LocalDate, List<Candidate>> byDay = new LinkedHashMap<>();
        days.forEach(d -> byDay.put(d, new ArrayList<>()));
        List<VisitPlan.Reason> noRoom = new ArrayList<>();
        for (Candidate c : due) {
            LocalDate slot = days.stream().filter(d -> !d.isBefore(c.reason().due()) || c.reason().due().isBefore(days.get(0)))
                    .filter(d -> byDay.get(d).size() < perDay).filter(d -> isOpen(c.account(), d.getDayOfWeek()))
                    .findFirst().orElse(null);
            if (slot == null) noRoom.add(c.reason()); else byDay.get(slot).add(c);
        }
        List<VisitPlan.Day> planned = new ArrayList<>();
        byDay.forEach((date, list) -> {
            if (list.isEmpty()) return;
            List<RouteOptimizationRequest.Stop> stops = list.stream().map(c -> new RouteOptimizationRequest.Stop(
                    c.account().id(), null, null, priority(c.reason(), today), false)).toList();
            RouteOptimizationAnswer route = optimizer.optimize(new RouteOptimizationRequest(rep.id(), date, null, stops,
                    null, null, request.timeLimitSeconds() == null ? 1 : request.timeLimitSeconds(), false, null));
            planned.add(new VisitPlan.Day(date, list.stream().map(Candidate::reason).toList(), route));
        });
        return new VisitPlan(rep.id(), planned, noRoom);
    }

    private record Candidate(AccountView account, VisitPlan.Reason reason) {
    }

    /** Overdue accounts get the highest priorities (1 = highest), accounts just due the middle one. */
    private static int priority(VisitPlan.Reason reason, LocalDate today) {
        long overdue = ChronoUnit.DAYS.between(reason.due(), today);
        return (int) Math.max(1, Math.min(9, 5 - overdue * 4 / Math.max(1, reason.cadenceDays())));
    }

    private static boolean isOpen(AccountView account, DayOfWeek day) {
        var hours = account.openingHours();
        return hours == null || hours.days().isEmpty() || !hours.on(day).isEmpty();
    }

    private List<AccountView> territoryAccounts(RepView rep) {
        LocalDate today = LocalDate.now(clock);
        Map<java.util.UUID, AccountView> found = new LinkedHashMap<>();
        rep.territories().stream().filter(t -> (t.to() == null || !t.to().isBefore(today)) && !t.from().isAfter(today))
                .forEach(t -> accounts.list(new AccountFilter(t.territoryId(), null, null, null), PageRequest.of(0, 200))
                        .items().stream().filter(a -> a.location() != null).forEach(a -> found.put(a.id(), a)));
        return new ArrayList<>(found.values());
    }

    private static List<LocalDate> workingDays(LocalDate from, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; days.size() < count; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) days.add(d);
        }
        return days;
    }
}
