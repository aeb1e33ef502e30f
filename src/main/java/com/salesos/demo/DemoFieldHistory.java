package com.salesos.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.routes.RouteHistory;
import com.salesos.security.UserService;
import com.salesos.visits.NewVisit;
import com.salesos.visits.VisitHistory;
import com.salesos.visits.VisitOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A quarter of field history for rep1 … rep5: a route plan every weekday with four to six accounts of the rep's
 * territories and a visit at almost every stop. Each account has a weekday and a half-day when it is receptive
 * ({@link AccountHabit}), so outcomes there are clearly better: the signal the AI visit advice learns from.
 * Leads and deals come from {@link DemoPipeline}. rep3 has a planted drop last week ({@link #sickWeek}).
 */
@Component
class DemoFieldHistory implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoFieldHistory.class);
    static final int DAYS = 91;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final UserService users;
    private final RepService reps;
    private final AccountService accounts;
    private final RouteHistory routes;
    private final VisitHistory visits;
    private final DemoPipeline pipeline;
    private final Clock clock;

    DemoFieldHistory(UserService users, RepService reps, AccountService accounts, RouteHistory routes,
            VisitHistory visits, DemoPipeline pipeline, Clock clock) {
        this.users = users;
        this.reps = reps;
        this.accounts = accounts;
        this.routes = routes;
        this.visits = visits;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "field-history";
    }

    @Override
    public int getOrder() {
        return 1000;
    }

    @Override
    public void load() {
        long began = System.nanoTime();
        Random random = new Random(2025);
        Map<UUID, String> usernames = new LinkedHashMap<>();
        Map<UUID, List<AccountView>> pools = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            users.findByUsername("rep" + i).filter(u -> u.repId() != null).ifPresent(u -> {
                usernames.put(u.repId(), u.username());
                pools.put(u.repId(), accountsOf(reps.get(u.repId())));
            });
        }
        LocalDate today = LocalDate.now(clock);
        List<RouteHistory.Day> days = new ArrayList<>();
        for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (var pool : pools.entrySet()) {
                List<AccountView> candidates = new ArrayList<>(pool.getValue());
                List<RouteHistory.Stop> stops = new ArrayList<>();
                int count = Math.min(candidates.size(), 4 + random.nextInt(3));
                boolean off = sickWeek(usernames.get(pool.getKey()), day, today);
                for (int s = 0; s < count; s++) {
                    AccountView account = candidates.remove(random.nextInt(candidates.size()));
                    boolean visited = random.nextInt(100) >= 8;
                    stops.add(new RouteHistory.Stop(account.id(), 20 + 5 * random.nextInt(7), visited && !(off && s > 0)));
                }
                days.add(new RouteHistory.Day(pool.getKey(), day, stops));
            }
        }
        List<List<RouteHistory.PlannedStop>> planned = routes.importDays(days, clock.instant());
        Map<UUID, AccountHabit> habits = new LinkedHashMap<>();
        pools.values().forEach(p -> p.forEach(a -> habits.computeIfAbsent(a.id(), id -> AccountHabit.of(a))));
        List<VisitHistory.Visit> logged = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            UUID repId = days.get(d).repId();
            for (RouteHistory.PlannedStop stop : planned.get(d)) {
                if (stop.visited()) {
                    logged.add(visit(random, repId, usernames.get(repId), stop, habits.get(stop.accountId())));
                }
            }
        }
        visits.importVisits(logged);
        pipeline.load(random, usernames, pools, today);
        log.info("Demo field history: {} route plans, {} visits in {} ms", days.size(), logged.size(),
                (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * The planted anomaly for the AI's performance insights: rep3 was off sick most of last week (Monday to Sunday
     * before the load), so only the first stop of each planned day was visited, a sharp drop against their weeks before.
     */
    static boolean sickWeek(String username, LocalDate day, LocalDate today) {
        LocalDate thisMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return "rep3".equals(username) && !day.isBefore(thisMonday.minusWeeks(1)) && day.isBefore(thisMonday);
    }

    private List<AccountView> accountsOf(RepView rep) {
        List<AccountView> pool = new ArrayList<>();
        rep.territories().forEach(t -> pool.addAll(accounts.list(new AccountFilter(t.territoryId(), null, null, null),
                PageRequest.of(0, 200)).items()));
        pool.removeIf(a -> a.location() == null);
        return pool;
    }

    private static VisitHistory.Visit visit(Random random, UUID repId, String username, RouteHistory.PlannedStop stop,
            AccountHabit habit) {
        Instant started = stop.arrival().plusSeconds(60L * random.nextInt(12));
        Instant ended = started.plusSeconds(60L * (15 + random.nextInt(35)));
        ZonedDateTime local = started.atZone(ZONE);
        VisitOutcome outcome = habit.outcome(random, local.getDayOfWeek(), local.getHour());
        List<NewVisit.Note> notes = DemoVisitNotes.notesFor(random, outcome);
        String nextStep = outcome == VisitOutcome.FOLLOW_UP_NEEDED || outcome == VisitOutcome.ORDER_INTENT
                ? DemoVisitNotes.nextStep(random, outcome) : null;
        LocalDate followUp = nextStep == null ? null : local.toLocalDate().plusDays(3 + random.nextInt(8));
        return new VisitHistory.Visit(repId, username, stop.accountId(), stop.stopId(), started, ended, outcome,
                nextStep, followUp, notes);
    }

    /** When an account is receptive: one weekday and the morning or the afternoon, derived from its name. */
    record AccountHabit(DayOfWeek bestDay, boolean mornings) {

        static AccountHabit of(AccountView account) {
            Random r = new Random(account.name().hashCode());
            return new AccountHabit(DayOfWeek.of(1 + r.nextInt(5)), r.nextBoolean());
        }

        VisitOutcome outcome(Random random, DayOfWeek day, int hour) {
            if (random.nextInt(100) < 8) {
                return VisitOutcome.NOT_MET;
            }
            int good = 15 + (day == bestDay ? 35 : 0) + ((hour < 12) == mornings ? 30 : 0);
            if (random.nextInt(100) < good) {
                return random.nextBoolean() ? VisitOutcome.ORDER_INTENT : VisitOutcome.INTERESTED;
            }
            return random.nextInt(3) == 0 ? VisitOutcome.FOLLOW_UP_NEEDED : VisitOutcome.NO_INTEREST;
        }
    }
}
