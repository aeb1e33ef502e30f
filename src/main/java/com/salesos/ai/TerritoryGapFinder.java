package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.ai.PerformanceInsights.OutsideAccount;
import com.salesos.ai.PerformanceInsights.OverdueAccount;
import com.salesos.ai.PerformanceInsights.TerritoryGaps;
import com.salesos.ai.PerformanceInsights.TerritoryLoad;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.visits.VisitView;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Gaps in the territories: accounts past their visit cadence (the {@code visit-cadence} decision, counted from the
 * last visit by anyone), territories no rep covers, territories whose accounts need more or fewer visits than
 * their reps make, and accounts in the area that lie in no territory at all (the box the territories' placed accounts
 * span, widened by {@code salesos.ai.coverage-margin-km}, default 10): nobody is asked to visit those. Need: the sum of 7 / cadence days over the accounts, in visits per week. Capacity: each covering
 * rep's median visits per week over their last {@value #CAPACITY_WEEKS} complete weeks (or
 * {@code salesos.ai.visits-per-week} without history), split evenly over the territories the rep covers. Load
 * above {@value #OVERLOADED} % is too much, below {@value #UNDERLOADED} % too little. Reads visits as sales ops would:
 * an account's last visit counts whoever made it.
 */
@Component
class TerritoryGapFinder {

    static final int CAPACITY_WEEKS = 8;
    static final int OVERLOADED = 120;
    static final int UNDERLOADED = 50;
    /** Accounts listed in the answer; all of them are counted. */
    static final int LISTED = 25;
    private static final int MAX_ACCOUNTS = 2_000;
    /** Visits further back do not count as the last visit; an account seen only then counts as never visited. */
    static final int LOOK_BACK_DAYS = 366;

    /** The gaps, with every overdue account and each territory's primary rep (for whom the findings are). */
    record Result(TerritoryGaps gaps, List<OverdueAccount> overdue, Map<UUID, UUID> primaryRep) {
    }

    private final TerritoryService territories;
    private final AccountService accounts;
    private final RepService reps;
    private final FieldHistory history;
    private final VisitCadence cadence;
    private final double defaultVisitsPerWeek;
    private final double coverageMarginKm;

    TerritoryGapFinder(TerritoryService territories, AccountService accounts, RepService reps, FieldHistory history,
            VisitCadence cadence, @Value("${salesos.ai.visits-per-week:25}") double defaultVisitsPerWeek,
            @Value("${salesos.ai.coverage-margin-km:10}") double coverageMarginKm) {
        this.territories = territories;
        this.accounts = accounts;
        this.reps = reps;
        this.history = history;
        this.cadence = cadence;
        this.defaultVisitsPerWeek = defaultVisitsPerWeek;
        this.coverageMarginKm = coverageMarginKm;
    }

    Result find(Collection<UUID> territoryIds, LocalDate today) {
        return SystemCaller.call(() -> {
            // a year back is enough: no cadence is longer
            java.time.Instant lookBack = RepPerformanceAnalysis.start(today.minusDays(LOOK_BACK_DAYS));
            java.time.Instant until = RepPerformanceAnalysis.start(today.plusDays(2));
            Map<String, VisitCadence.Cadence> cadences = new HashMap<>();
            Map<UUID, Double> capacity = new HashMap<>();
            Map<UUID, UUID> primary = new HashMap<>();
            List<TerritoryLoad> loads = new ArrayList<>();
            List<OverdueAccount> overdue = new ArrayList<>();
            Map<UUID, String> codes = new HashMap<>();
            List<AccountView> placed = new ArrayList<>();
            for (UUID id : territoryIds) {
                TerritoryView territory = territories.get(id);
                codes.put(id, territory.code());
                List<AccountView> inside = accountsOf(id);
                inside.stream().filter(a -> a.location() != null).forEach(placed::add);
                double needed = 0;
                for (AccountView account : inside) {
                    VisitCadence.Cadence c = cadences.computeIfAbsent(account.tier() + "/" + account.potential(),
                            k -> cadence.of(account));
                    needed += 7.0 / Math.max(1, c.days());
                    VisitView last = history.lastVisit(account.id(), lookBack, until).orElse(null);
                    LocalDate lastDay = last == null ? null : LocalDate.ofInstant(last.startedAt(), ZoneOffset.UTC);
                    Integer since = lastDay == null ? null : (int) ChronoUnit.DAYS.between(lastDay, today);
                    if (since == null || since > c.days()) {
                        overdue.add(new OverdueAccount(account.id(), account.name(), id, c.days(), c.rule(), lastDay,
                                since, since == null ? c.days() : since - c.days()));
                    }
                }
                List<UUID> covering = reps.repsCovering(id, today);
                reps.primaryRepOf(id, today).ifPresent(p -> primary.put(id, p));
                double capacityHere = covering.stream().mapToDouble(r -> capacity.computeIfAbsent(r,
                        k -> weeklyVisits(k, today) / Math.max(1, territoriesOf(k, today)))).sum();
                loads.add(load(territory, inside.size(), covering.size(), needed, capacityHere));
            }
            // never visited first, then by how many cadences overdue
            overdue.sort(Comparator.comparing((OverdueAccount o) -> o.lastVisit() != null)
                    .thenComparingDouble(o -> -(double) o.daysOverdue() / o.cadenceDays())
                    .thenComparing(OverdueAccount::name));
            var outside = outside(placed, codes);
            return new Result(new TerritoryGaps(loads, overdue.size(), overdue.stream().limit(LISTED).toList(),
                    (int) outside.total(), outside.items()), overdue, primary);
        });
    }

    /** The accounts in the box around {@code placed} that no territory holds, each with its nearest placed account. */
    private PageResponse<OutsideAccount> outside(List<AccountView> placed, Map<UUID, String> codes) {
        if (placed.isEmpty()) {
            return new PageResponse<>(List.of(), 0, LISTED, 0);
        }
        double south = placed.stream().mapToDouble(a -> a.location().lat()).min().orElseThrow();
        double north = placed.stream().mapToDouble(a -> a.location().lat()).max().orElseThrow();
        double west = placed.stream().mapToDouble(a -> a.location().lon()).min().orElseThrow();
        double east = placed.stream().mapToDouble(a -> a.location().lon()).max().orElseThrow();
        double dLat = Math.toDegrees(coverageMarginKm / GeoPoint.EARTH_RADIUS_KM);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(Math.max(Math.abs(south), Math.abs(north)))));
        var found = accounts.outsideTerritories(
                new GeoPoint(Math.max(-90, south - dLat), Math.max(-180, west - dLon)),
                new GeoPoint(Math.min(90, north + dLat), Math.min(180, east + dLon)), PageParams.of(0, LISTED, Sort.unsorted()));
        List<OutsideAccount> listed = found.items().stream().filter(a -> a.location() != null).map(a -> {
            AccountView nearest = placed.stream().min(Comparator.comparingDouble(p -> p.location().distanceKm(a.location())))
                    .orElseThrow();
            return new OutsideAccount(a.id(), a.name(), a.address() == null ? null : a.address().postalCode(),
                    a.address() == null ? null : a.address().city(), nearest.territoryId(),
                    codes.get(nearest.territoryId()), BigDecimal.valueOf(nearest.location().distanceKm(a.location()))
                            .setScale(1, RoundingMode.HALF_UP));
        }).toList();
        return new PageResponse<>(listed, 0, LISTED, found.total());
    }

    private static TerritoryLoad load(TerritoryView t, int accounts, int reps, double needed, double capacity) {
        BigDecimal need = BigDecimal.valueOf(needed).setScale(1, RoundingMode.HALF_UP);
        BigDecimal cap = BigDecimal.valueOf(capacity).setScale(1, RoundingMode.HALF_UP);
        if (reps == 0) {
            return new TerritoryLoad(t.id(), t.code(), t.name(), accounts, 0, need, cap, null,
                    accounts == 0 ? "BALANCED" : "UNCOVERED", accounts == 0 ? "no accounts and no rep"
                            : String.format(Locale.ROOT, "no rep covers %s; its %d accounts need %s visits a week",
                                    t.code(), accounts, need));
        }
        BigDecimal percent = capacity == 0 ? null : BigDecimal.valueOf(needed * 100 / capacity).setScale(0,
                RoundingMode.HALF_UP);
        String status = percent == null || percent.intValue() > OVERLOADED ? "OVERLOADED"
                : percent.intValue() < UNDERLOADED ? "UNDERLOADED" : "BALANCED";
        return new TerritoryLoad(t.id(), t.code(), t.name(), accounts, reps, need, cap, percent, status,
                String.format(Locale.ROOT, "%d accounts need %s visits a week by their cadence; its %d rep(s) make "
                        + "about %s a week here: %s %% load (too much above %d %%, too little below %d %%)", accounts, need,
                        reps, cap, percent == null ? "unbounded" : percent.toPlainString(), OVERLOADED, UNDERLOADED));
    }

    private List<AccountView> accountsOf(UUID territoryId) {
        List<AccountView> found = new ArrayList<>();
        for (int page = 0; page * PageParams.MAX_SIZE < MAX_ACCOUNTS; page++) {
            var result = accounts.list(new AccountFilter(territoryId, null, null, null),
                    PageParams.of(page, PageParams.MAX_SIZE, Sort.unsorted()));
            found.addAll(result.items());
            if ((long) (page + 1) * PageParams.MAX_SIZE >= result.total()) break;
        }
        return found;
    }

    /** The rep's median visits per complete week since their first visit in the last weeks, or the default. */
    private double weeklyVisits(UUID repId, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = monday.minusWeeks(CAPACITY_WEEKS);
        List<VisitView> visits = history.visits(repId, null, RepPerformanceAnalysis.start(first),
                RepPerformanceAnalysis.start(monday));
        if (visits.isEmpty()) {
            return defaultVisitsPerWeek;
        }
        double[] perWeek = new double[CAPACITY_WEEKS];
        for (VisitView v : visits) {
            int week = (int) ChronoUnit.WEEKS.between(first, LocalDate.ofInstant(v.startedAt(), ZoneOffset.UTC));
            if (week >= 0 && week < CAPACITY_WEEKS) perWeek[week]++;
        }
        int active = 0;
        while (active < CAPACITY_WEEKS && perWeek[active] == 0) active++;
        return new Median().evaluate(java.util.Arrays.copyOfRange(perWeek, active, CAPACITY_WEEKS));
    }

    private int territoriesOf(UUID repId, LocalDate today) {
        return reps.find(repId).map(r -> (int) r.territories().stream().filter(t -> active(t, today)).count()).orElse(1);
    }

    static boolean active(RepView.TerritoryAssignment t, LocalDate today) {
        return !t.from().isAfter(today) && (t.to() == null || !t.to().isBefore(today));
    }
}
