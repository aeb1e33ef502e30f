package com.salesos.routes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads past route plans in batches, timed like live plans, without access checks: for history such as the demo
 * dataset. Plans are COMPLETED; each stop is VISITED or SKIPPED as given.
 */
@Service
public class RouteHistory {

    /** A past day of a rep: the stops in visiting order. */
    public record Day(UUID repId, LocalDate date, List<Stop> stops) {
    }

    public record Stop(UUID accountId, int visitMinutes, boolean visited) {
    }

    /** A stop as planned: its id and when the visit was planned to start and end. */
    public record PlannedStop(UUID stopId, UUID accountId, Instant arrival, Instant departure, boolean visited) {
    }

    private final RepService reps;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    RouteHistory(RepService reps, AccountService accounts, JdbcTemplate jdbc) {
        this.reps = reps;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** @return per day, its planned stops in order; accounts without a location must not be given */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<List<PlannedStop>> importDays(List<Day> days, Instant createdAt) {
        entityManager.flush();
        Map<UUID, RepView> repViews = new HashMap<>();
        Map<UUID, GeoPoint> places = new HashMap<>();
        List<Object[]> planRows = new ArrayList<>();
        List<Object[]> stopRows = new ArrayList<>();
        List<List<PlannedStop>> result = new ArrayList<>();
        for (Day day : days) {
            RepView rep = repViews.computeIfAbsent(day.repId(), reps::get);
            ZoneId zone = ZoneId.of(rep.timeZone());
            List<Timetable.Stop> stops = day.stops().stream().map(s -> new Timetable.Stop(
                    places.computeIfAbsent(s.accountId(), id -> accounts.get(id).location()), s.visitMinutes(), null,
                    null)).toList();
            Timetable.Day timed = Timetable.plan(day.date(), RouteService.DAY_START, zone, rep.homeBase(), stops);
            UUID planId = UUID.randomUUID();
            planRows.add(new Object[] { planId, rep.id(), day.date(), zone.getId(), ts(timed.startsAt().toInstant()),
                    ts(timed.endsAt().toInstant()), timed.distanceKm(), timed.travelMinutes(), timed.visitMinutes(),
                    timed.waitMinutes(), stops.size(), ts(createdAt) });
            List<PlannedStop> planned = new ArrayList<>();
            for (int i = 0; i < stops.size(); i++) {
                Timetable.Timing t = timed.stops().get(i);
                Stop stop = day.stops().get(i);
                UUID stopId = UUID.randomUUID();
                stopRows.add(new Object[] { stopId, planId, stop.accountId(), i + 1, ts(t.arrival().toInstant()),
                        ts(t.departure().toInstant()), stop.visitMinutes(), RouteService.DEFAULT_PRIORITY,
                        t.distanceKm(), t.travelMinutes(), t.waitMinutes(), stop.visited() ? "VISITED" : "SKIPPED" });
                planned.add(new PlannedStop(stopId, stop.accountId(), t.arrival().toInstant(),
                        t.departure().toInstant(), stop.visited()));
            }
            result.add(planned);
        }
        jdbc.batchUpdate("""
                insert into sales_route_plan (id, rep_id, plan_date, status, time_zone, starts_at, ends_at, distance_km,
                    travel_minutes, visit_minutes, wait_minutes, stop_count, created_at)
                values (?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", planRows);
        jdbc.batchUpdate("""
                insert into sales_route_stop (id, plan_id, account_id, sequence, planned_arrival, planned_departure,
                    visit_minutes, priority, distance_km, travel_minutes, wait_minutes, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", stopRows);
        return result;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
